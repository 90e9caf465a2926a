#pragma once

#include "soundcloud/LibraryList.h"

#include <QCoreApplication>
#include <QString>

namespace waveshelf {

class LibraryListModel;

// The count line under a library view, in words: how many are loaded; "more
// coming" only while a page is on its way, "more as you scroll" otherwise;
// "Filtering, N loaded so far…" while the filter fetches the rest; offline, what
// is saved on this computer (or that the list is not); an empty list or search
// said as such ("No people found for “x”."), never "0 people".
class CountText final {
    Q_DECLARE_TR_FUNCTIONS(CountText)

public:
    // `filter`: the filter box's text; `shown`: the rows it leaves.
    [[nodiscard]] static QString of(const LibraryListModel &list, const LibraryList &what, const QString &filter,
                                    int shown);
    // "%n track(s)", "%n playlist(s)", "%n person(s)".
    [[nodiscard]] static QString itemCount(LibraryList::Items items, int count);
    [[nodiscard]] static QString emptyText(const LibraryList &list);
};

}  // namespace waveshelf
