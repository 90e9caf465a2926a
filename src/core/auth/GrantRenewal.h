#pragma once

namespace waveshelf {

// What became of a user's SoundCloud grant when their password changed
// (PasswordChange, GrantRotation).
enum class GrantRenewal {
    NoConnection,  // the user had no SoundCloud connection: nothing to renew
    Renewed,       // the refresh token was spent and replaced: the old pair is dead
    AtNextUse,     // not possible now (offline, refused for a passing reason, another
                   // service configured): the connection is renewed at its next online use
};

}  // namespace waveshelf
