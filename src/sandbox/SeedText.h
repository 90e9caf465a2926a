#pragma once

#include <QDateTime>
#include <QString>

namespace waveshelf::sandbox {

class SeedRandom;
struct SandboxTrack;

// The words of the generated seed library: track titles (with odd ones: other
// scripts, emoji, quotes, very long), genres, permalinks, artist names.
class SeedText final {
public:
    [[nodiscard]] static QDateTime utc(int year, int month, int day);
    [[nodiscard]] static QString slugify(const QString &title);
    // Track `index` (1-based) of a generated series; not unique on its own.
    [[nodiscard]] static QString trackTitle(int index, SeedRandom &random);
    // A made-up word ("Kalomi"), different for every index below 65,536: makes titles distinct.
    [[nodiscard]] static QString uniqueWord(int index);
    // A generated artist's display name, different for every index below 400.
    [[nodiscard]] static QString artistName(int index);
    // A genre, or an empty one, or none (null) now and then.
    static void fillGenre(SandboxTrack &track, SeedRandom &random);
};

}  // namespace waveshelf::sandbox
