#pragma once

#include <QDateTime>
#include <QString>

#include <utility>

namespace waveshelf {

// What went wrong, in kinds the caller acts on differently.
enum class ErrorKind {
    InvalidInput,      // the user typed something we cannot accept
    WrongCredentials,  // unknown user or wrong password (never says which)
    AlreadyExists,     // e.g. a username that is taken
    NotFound,
    Cancelled,        // the user closed the popup or logged out meanwhile
    AccessDenied,     // the user declined on SoundCloud's page; SoundCloud will not (422, not yours)
    StateMismatch,    // the redirect's state is not the one we sent
    ReconnectNeeded,  // invalid_grant / invalid_client: the connection is gone
    RateLimited,      // 429: try again later
    Unreachable,      // timeouts, refused connections, 5xx, HTML error pages
    Protocol,         // the server answered something we cannot read
    Database,         // the database failed (locked, corrupt, full disk...)
    SchemaTooNew,     // the database was written by a newer Waveshelf
    Crypto,           // decryption failed: wrong key or tampered data
    OtherService,     // the connection was made with another SoundCloud service (ServiceIdentity)
    Conflict,         // what is on SoundCloud changed since it was shown: reload before writing
};

// An error as a value: a kind to branch on, a sentence for the user
// (already translated), and a detail for developers that never holds a secret.
struct Error {
    Error() = default;
    Error(ErrorKind errorKind, QString userMessage, QString developerDetail = {}, QDateTime retryAfter = {})
        : kind(errorKind)
        , message(std::move(userMessage))
        , detail(std::move(developerDetail))
        , retryAt(std::move(retryAfter))
    {
    }

    ErrorKind kind = ErrorKind::Protocol;
    QString message;
    QString detail;
    // For RateLimited: when SoundCloud said to try again, if it said so (UTC).
    QDateTime retryAt;

    [[nodiscard]] bool isTransient() const
    {
        return kind == ErrorKind::RateLimited || kind == ErrorKind::Unreachable || kind == ErrorKind::Protocol;
    }
};

}  // namespace waveshelf
