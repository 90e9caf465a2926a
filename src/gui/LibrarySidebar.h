#pragma once

#include "soundcloud/LibraryList.h"

#include <QListView>

class QStandardItemModel;

namespace waveshelf {

// The library's views, as music apps list them: Stream, Likes, Playlists,
// Following, Your uploads, Recently played. Choosing one (click, or the arrow
// keys) emits its LibraryList kind.
class LibrarySidebar final : public QListView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibrarySidebar)

public:
    explicit LibrarySidebar(QWidget *parent = nullptr);

    [[nodiscard]] static QList<LibraryList::Kind> kinds();
    [[nodiscard]] static QString labelOf(LibraryList::Kind kind);
    // The chosen kind; Likes before any choice.
    [[nodiscard]] LibraryList::Kind currentKind() const;
    // Selects `kind` (one of kinds()) without emitting kindChosen.
    void setCurrentKind(LibraryList::Kind kind);

signals:
    void kindChosen(waveshelf::LibraryList::Kind kind);

protected:
    void changeEvent(QEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    static constexpr int KindRole = Qt::UserRole + 1;

    QStandardItemModel *m_items;
    bool m_silent = false;
};

}  // namespace waveshelf
