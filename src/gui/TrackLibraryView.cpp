#include "TrackLibraryView.h"

#include "TrackItemDelegate.h"
#include "models/TrackListModel.h"
#include "soundcloud/SoundCloudAccount.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace waveshelf {

TrackLibraryView::TrackLibraryView(TrackListModel *tracks, QWidget *parent)
    : QWidget(parent)
    , m_tracks(tracks)
    , m_accountLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_disconnectPushButton(new QPushButton(tr("Disconnect"), this))
    , m_tracksTableView(new QTableView(this))
{
    setObjectName(QStringLiteral("trackLibraryView"));
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_disconnectPushButton->setObjectName(QStringLiteral("disconnectPushButton"));
    m_disconnectPushButton->setAccessibleName(m_disconnectPushButton->text());
    m_tracksTableView->setObjectName(QStringLiteral("tracksTableView"));
    m_tracksTableView->setAccessibleName(tr("Your tracks"));
    m_tracksTableView->setModel(m_tracks);
    m_tracksTableView->setItemDelegate(new TrackItemDelegate(m_tracksTableView));
    m_tracksTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tracksTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tracksTableView->setAlternatingRowColors(true);
    m_tracksTableView->setWordWrap(false);
    m_tracksTableView->verticalHeader()->hide();
    m_tracksTableView->verticalHeader()->setDefaultSectionSize(m_tracksTableView->fontMetrics().height() + 10);
    QHeaderView *columns = m_tracksTableView->horizontalHeader();
    columns->setSectionResizeMode(TrackListModel::TitleColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(TrackListModel::ArtistColumn, QHeaderView::Interactive);
    m_tracksTableView->setColumnWidth(TrackListModel::ArtistColumn, 180);
    m_tracksTableView->setColumnWidth(TrackListModel::GenreColumn, 170);
    columns->setSectionResizeMode(TrackListModel::DurationColumn, QHeaderView::ResizeToContents);

    auto *header = new QHBoxLayout;
    header->addWidget(m_accountLabel, 1);
    header->addWidget(m_countLabel);
    header->addWidget(m_disconnectPushButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tracksTableView, 1);

    connect(m_disconnectPushButton, &QPushButton::clicked, this, &TrackLibraryView::disconnectRequested);
    connect(m_tracks, &TrackListModel::pageLoaded, this, &TrackLibraryView::updateTrackCount);
    connect(m_tracks, &TrackListModel::loadingChanged, this, &TrackLibraryView::updateTrackCount);
}

void TrackLibraryView::showAccount(const SoundCloudAccount &account)
{
    m_accountLabel->setText(tr("Connected to SoundCloud as %1").arg(account.username));
    m_accountLabel->setAccessibleName(m_accountLabel->text());
    m_tracksTableView->setFocus();
}

void TrackLibraryView::updateTrackCount()
{
    const int rows = m_tracks->rowCount();
    if (m_tracks->isLoading())
        m_countLabel->setText(tr("Loading tracks…"));
    else if (m_tracks->isComplete())
        m_countLabel->setText(tr("%n track(s)", nullptr, rows));
    else
        m_countLabel->setText(tr("%n track(s) so far", nullptr, rows));
}

}  // namespace waveshelf
