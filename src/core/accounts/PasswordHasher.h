#pragma once

#include "accounts/KdfLimits.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace waveshelf {

// Argon2id password hashes in libsodium's self-describing string format
// ("$argon2id$v=19$m=...,t=...,p=...$salt$hash"), at the limits asked for
// (KdfLimits::recommended() unless a test asks for cheaper ones; never below
// interactive). The hash costs what the wrapping of the data key costs: a
// cheaper hash would be the cheaper way to guess the password from a stolen
// database. Passwords are NFC-normalised first, so the same password typed on
// different systems hashes the same. Every call is slow (~0.5 s, 256 MiB at
// the recommended limits): call off the GUI thread.
class PasswordHasher final {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    [[nodiscard]] static Result<QByteArray> hash(const QString &password, KdfLimits limits = KdfLimits::recommended());
    [[nodiscard]] static bool verify(const QByteArray &storedHash, const QString &password);

    // True when `storedHash` was made with other parameters than `limits`
    // (or is not an Argon2id hash at all).
    [[nodiscard]] static bool needsRehash(const QByteArray &storedHash, KdfLimits limits = KdfLimits::recommended());
    // The limits a hash string names (m= in KiB, t=), if it is an Argon2id hash.
    [[nodiscard]] static std::optional<KdfLimits> limitsOf(const QByteArray &storedHash);
    // A valid hash of an unknowable password, made with `limits`: verifying
    // against it costs what a real verify costs, so an unknown username takes
    // as long as a wrong password. Constant for the interactive and moderate
    // limits; made once (slow) for others.
    [[nodiscard]] static QByteArray dummyHash(KdfLimits limits = KdfLimits::recommended());
};

}  // namespace waveshelf
