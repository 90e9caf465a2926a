#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace waveshelf {

// Argon2id password hashes in libsodium's self-describing string format
// ("$argon2id$v=19$m=...,t=...,p=...$salt$hash"), at the INTERACTIVE limits.
// Passwords are NFC-normalised first, so the same password typed on
// different systems hashes the same. Every call is slow (~0.1 s, 64 MiB):
// call off the GUI thread.
class PasswordHasher final {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    [[nodiscard]] static Result<QByteArray> hash(const QString &password);
    [[nodiscard]] static bool verify(const QByteArray &storedHash, const QString &password);

    // True when `storedHash` was made with other parameters than the current
    // ones (or is not an Argon2id hash at all).
    [[nodiscard]] static bool needsRehash(const QByteArray &storedHash);
    // A valid hash of an unknowable password, made with the current
    // parameters: verifying against it costs what a real verify costs, so an
    // unknown username takes as long as a wrong password.
    [[nodiscard]] static QByteArray dummyHash();
};

}  // namespace waveshelf
