#pragma once

#include <QString>

namespace waveshelf {

// A person's account in Waveshelf itself (not SoundCloud's).
struct LocalUser {
    qint64 id = 0;
    QString username;
};

}  // namespace waveshelf
