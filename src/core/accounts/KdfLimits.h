#pragma once

#include <QtGlobal>

namespace waveshelf {

// The cost of one Argon2id13 run (libsodium's opslimit and memlimit), for the
// password hash and for the key that wraps a user's data key. Stored per user
// (users.vault_kdf_*; the hash string names its own), so they can be raised
// later and an old user upgraded at the next login.
struct KdfLimits {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;  // bytes

    // libsodium's INTERACTIVE limits (2 passes, 64 MiB): what Waveshelf used
    // before schema 0004, and the floor: nothing weaker is made or accepted.
    [[nodiscard]] static constexpr KdfLimits interactive() { return {2, quint64(64) << 20}; }
    // libsodium's MODERATE limits (3 passes, 256 MiB), about 0.5 s per run on
    // the 2-core build machine (measured 2024-06): what new wraps and hashes use.
    [[nodiscard]] static constexpr KdfLimits moderate() { return {3, quint64(256) << 20}; }
    // What production code uses for everything it hashes or wraps.
    [[nodiscard]] static constexpr KdfLimits recommended() { return moderate(); }
    // The most a stored row may ask for (libsodium's SENSITIVE limits): a
    // tampered row cannot make a login allocate without bound.
    [[nodiscard]] static constexpr KdfLimits ceiling() { return {4, quint64(1) << 30}; }

    // Each of `wanted`'s limits raised to at least interactive().
    [[nodiscard]] static constexpr KdfLimits atLeastInteractive(KdfLimits wanted)
    {
        const KdfLimits floor = interactive();
        return {wanted.opsLimit < floor.opsLimit ? floor.opsLimit : wanted.opsLimit,
                wanted.memLimit < floor.memLimit ? floor.memLimit : wanted.memLimit};
    }
    // Within [interactive(), ceiling()] in both limits.
    [[nodiscard]] constexpr bool isAcceptable() const
    {
        return opsLimit >= interactive().opsLimit && memLimit >= interactive().memLimit
            && opsLimit <= ceiling().opsLimit && memLimit <= ceiling().memLimit;
    }
    // Cheaper than `other` in either limit.
    [[nodiscard]] constexpr bool isWeakerThan(KdfLimits other) const
    {
        return opsLimit < other.opsLimit || memLimit < other.memLimit;
    }
    [[nodiscard]] constexpr bool operator==(KdfLimits other) const
    {
        return opsLimit == other.opsLimit && memLimit == other.memLimit;
    }
    [[nodiscard]] constexpr bool operator!=(KdfLimits other) const { return !(*this == other); }
};

}  // namespace waveshelf
