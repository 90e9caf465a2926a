#include "QueueView.h"

#include "ArtworkLoader.h"
#include "PlayQueue.h"
#include "PlayerController.h"
#include "QueueItemDelegate.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QListView>
#include <QPushButton>
#include <QShortcut>

namespace waveshelf {

namespace {

QPushButton *button(const QString &objectName, const QString &text, const QString &tip, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(objectName);
    result->setToolTip(tip);
    result->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    result->setAccessibleDescription(tip);
    return result;
}

}  // namespace

QueueView::QueueView(PlayerController &player, ArtworkLoader *artwork, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
    , m_queue(player.queue())
    , m_list(new QListView(this))
    , m_up(button(QStringLiteral("moveUpButton"), tr("Move &Up"), tr("Move the selected track up (Alt+Up)"), this))
    , m_down(button(QStringLiteral("moveDownButton"), tr("Move &Down"), tr("Move the selected track down (Alt+Down)"),
                    this))
    , m_remove(button(QStringLiteral("removeButton"), tr("&Remove"),
                      tr("Remove the selected track from the queue (Delete)"), this))
    , m_clear(button(QStringLiteral("clearButton"), tr("C&lear"),
                     tr("Remove every track from the queue but the one playing"), this))
{
    setObjectName(QStringLiteral("queueView"));
    m_list->setObjectName(QStringLiteral("queueList"));
    m_list->setAccessibleName(tr("Queue"));
    m_list->setModel(&m_queue);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // rows elide instead
    m_list->setItemDelegate(new QueueItemDelegate(artwork, m_list));
    if (artwork)
        connect(artwork, &ArtworkLoader::imageReady, m_list->viewport(), qOverload<>(&QWidget::update));
    // Captions ("Now playing", "Up next") follow the current track: rows change height.
    connect(&m_queue, &PlayQueue::currentChanged, m_list, &QListView::doItemsLayout);

    // Two rows of two: the dock stays narrow (the library keeps the window's width).
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_up, 0, 0);
    buttons->addWidget(m_down, 0, 1);
    buttons->addWidget(m_remove, 1, 0);
    buttons->addWidget(m_clear, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_remove, &QPushButton::clicked, this, &QueueView::removeSelected);
    connect(m_clear, &QPushButton::clicked, &m_queue, &PlayQueue::clearAllButCurrent);
    connect(m_list, &QListView::doubleClicked, this,
            [this](const QModelIndex &index) { m_player.playRow(index.row()); });
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *result = new QShortcut(keys, m_list, slot, Qt::WidgetShortcut);
        return result;
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelected(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelected(1); });
    shortcut(QKeySequence(QKeySequence::Delete), [this] { removeSelected(); });
    shortcut(QKeySequence(Qt::Key_Return), [this] { playSelected(); });
    shortcut(QKeySequence(Qt::Key_Enter), [this] { playSelected(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &QueueView::updateButtons);
    connect(&m_queue, &PlayQueue::rowsMoved, this, &QueueView::updateButtons);
    connect(&m_queue, &PlayQueue::rowsRemoved, this, &QueueView::updateButtons);
    connect(&m_queue, &PlayQueue::modelReset, this, &QueueView::updateButtons);
    connect(&m_queue, &PlayQueue::rowsInserted, this, &QueueView::updateButtons);
    setFocusProxy(m_list);
    updateButtons();
}

QueueView::~QueueView() = default;

int QueueView::selectedRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void QueueView::selectRow(int row)
{
    if (row >= 0 && row < m_queue.count())
        m_list->setCurrentIndex(m_queue.index(row));
    updateButtons();
}

void QueueView::moveSelected(int offset)
{
    const int row = selectedRow();
    if (row >= 0 && m_queue.move(row, row + offset))
        selectRow(row + offset);
}

void QueueView::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_queue.remove(row))
        return;
    selectRow(qMin(row, m_queue.count() - 1));
}

void QueueView::playSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        m_player.playRow(row);
}

void QueueView::updateButtons()
{
    const int row = selectedRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_queue.count() - 1);
    m_remove->setEnabled(row >= 0);
    m_clear->setEnabled(m_queue.count() > (m_queue.currentIndex() >= 0 ? 1 : 0));
}

}  // namespace waveshelf
