#include "UndoBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace waveshelf {

UndoBar::UndoBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_undoButton(new QPushButton(tr("&Undo"), this))
{
    setObjectName(QStringLiteral("undoBar"));
    m_label->setObjectName(QStringLiteral("undoLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_undoButton->setObjectName(QStringLiteral("undoPushButton"));
    m_undoButton->setAccessibleName(tr("Undo"));
    m_undoButton->setToolTip(tr("Undo (Ctrl+Z)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undoButton);
    hide();

    m_timer.setSingleShot(true);
    m_timer.setInterval(kShowMs);
    connect(&m_timer, &QTimer::timeout, this, &UndoBar::withdraw);
    connect(m_undoButton, &QPushButton::clicked, this, &UndoBar::undo);
}

UndoBar::~UndoBar() = default;

void UndoBar::offer(const QString &text, std::function<void()> undo)
{
    m_undo = std::move(undo);
    m_label->setText(text);
    m_label->setAccessibleName(text);
    show();
    m_timer.start();
}

void UndoBar::undo()
{
    std::function<void()> undo = std::exchange(m_undo, {});
    withdraw();
    if (undo)
        undo();
}

void UndoBar::withdraw()
{
    m_timer.stop();
    m_undo = {};
    hide();
}

QString UndoBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

}  // namespace waveshelf
