#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "soundcloud/LibraryList.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace waveshelf {

class Library;
class LibraryListModel;

// One run of Library::refreshStale: asks the cache how old each list's oldest
// chunk is, then refreshes the stale ones (LibraryListModel::isStale), oldest
// first, one at a time, each with a model of its own that walks the list to
// its end and stores it back. Deletes itself when done or when `context` goes.
class StaleRefresh final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaleRefresh)

public:
    StaleRefresh(Library &library, QList<LibraryList> lists, QObject *context, std::function<void(Result<int>)> done);

    void start();

private:
    struct Candidate {
        LibraryList list;
        QDateTime oldestChunkAt;
    };

    void dated(const LibraryList &list, Result<QDateTime> oldest);
    void refreshNext();
    void listDone(const std::optional<Error> &error);
    void finish();

    Library &m_library;
    QList<LibraryList> m_lists;
    QPointer<QObject> m_context;
    std::function<void(Result<int>)> m_done;
    int m_dated = 0;
    QList<Candidate> m_stale;
    LibraryListModel *m_model = nullptr;
    int m_refreshed = 0;
    std::optional<Error> m_firstError;
};

}  // namespace waveshelf
