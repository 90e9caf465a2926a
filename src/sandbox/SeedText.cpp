#include "SeedText.h"

#include "SandboxData.h"
#include "SeedRandom.h"

#include <QTimeZone>

#include <array>

namespace waveshelf::sandbox {

QDateTime SeedText::utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(9, 0), QTimeZone::utc());
}

QString SeedText::slugify(const QString &title)
{
    QString slug;
    for (const QChar c : title.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("track") : slug;
}

QString SeedText::trackTitle(int index, SeedRandom &random)
{
    static const std::array<const char16_t *, 16> adjectives{
        u"Midnight", u"Golden", u"Electric", u"Quiet", u"Neon",     u"Lost",  u"Velvet",  u"Broken",
        u"Endless",  u"Silver", u"Café",     u"Über",  u"Señorita", u"Paper", u"Crystal", u"Northern"};
    static const std::array<const char16_t *, 12> nouns{u"Drive",   u"Rain",    u"Echoes",   u"Horizon",
                                                        u"Signals", u"Garden",  u"Tides",    u"Lights",
                                                        u"Dreams",  u"Skyline", u"Memories", u"Waves"};
    static const std::array<const char16_t *, 10> suffixes{u" (Demo)",         u" (Live at the Roundhouse)",
                                                           u" [Remix]",        u" feat. Bob",
                                                           u" — Extended Mix", u" 🌙",
                                                           u" & Friends",      u" <Edit>",
                                                           u" \"Take 2\"",     u" (Radio Edit)"};
    static const std::array<const char16_t *, 6> specials{
        u"東京の夜 (Tokyo Nights)",
        u"Ночной город",
        u"Ελληνικό φως",
        u"مساء الخير",
        u"A very long title that keeps going and going, because some people really do name "
        u"their tracks like this, with commas, parentheses (see?) and more words than fit",
        u"   Leading and trailing spaces   "};

    if (index % 50 == 0)
        return QString::fromUtf16(specials[static_cast<size_t>(index / 50) % specials.size()]);
    QString title = QString::fromUtf16(adjectives[static_cast<size_t>(random.bounded(16))]) + u' '
        + QString::fromUtf16(nouns[static_cast<size_t>(random.bounded(12))]);
    const int suffix = random.bounded(30);
    if (suffix < static_cast<int>(suffixes.size()))
        title += QString::fromUtf16(suffixes[static_cast<size_t>(suffix)]);
    return title;
}

QString SeedText::uniqueWord(int index)
{
    static const std::array<const char16_t *, 16> syllables{u"ka", u"lo", u"mi", u"nu", u"re", u"sa", u"ti", u"vo",
                                                            u"ze", u"pa", u"du", u"fe", u"go", u"hi", u"ju", u"bo"};
    QString word;
    int rest = index;
    for (int i = 0; i < 3 || rest > 0; ++i) {
        word += QString::fromUtf16(syllables[static_cast<size_t>(rest % 16)]);
        rest /= 16;
    }
    word[0] = word.at(0).toUpper();
    return word;
}

QString SeedText::artistName(int index)
{
    static const std::array<const char16_t *, 20> first{
        u"Nova",   u"Echo",  u"Lunar",  u"Static",  u"Amber", u"Cobalt", u"Fjord",  u"Marble", u"Orbit", u"Pixel",
        u"Harbor", u"Ivory", u"Jungle", u"Kestrel", u"Linen", u"Mosaic", u"Nimbus", u"Opal",   u"Prism", u"Quartz"};
    static const std::array<const char16_t *, 20> second{
        u"Collective", u"Trio",    u"Sound System", u"Orchestra", u"Club",    u"Machines", u"Choir",
        u"Brothers",   u"Sisters", u"Project",      u"Ensemble",  u"Kids",    u"Society",  u"Radio",
        u"Quartet",    u"Hearts",  u"Circuit",      u"Parade",    u"Council", u"Garden"};
    return QString::fromUtf16(first[static_cast<size_t>(index % 20)]) + u' '
        + QString::fromUtf16(second[static_cast<size_t>((index / 20) % 20)]);
}

void SeedText::fillGenre(SandboxTrack &track, SeedRandom &random)
{
    static const std::array<const char16_t *, 12> genres{u"Electronic",   u"Hip-hop & Rap",
                                                         u"Ambient",      u"Rock",
                                                         u"Jazz & Blues", u"Classical",
                                                         u"Deep House",   u"Techno",
                                                         u"Drum & Bass",  u"Folk & Singer-Songwriter",
                                                         u"Lo-fi",        u"Pop"};
    const int pick = random.bounded(static_cast<int>(genres.size()) + 2);
    if (pick == static_cast<int>(genres.size()))
        track.genre.clear();  // empty string
    else if (pick > static_cast<int>(genres.size()))
        track.genreIsNull = true;
    else
        track.genre = QString::fromUtf16(genres[static_cast<size_t>(pick)]);
}

}  // namespace waveshelf::sandbox
