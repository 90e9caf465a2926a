#include "AccountButton.h"

#include <QMenu>

namespace waveshelf {

AccountButton::AccountButton(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("accountButton"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAutoRaise(true);
    setMenu(m_menu);
    setToolTip(tr("Your SoundCloud connection"));
    m_menu->setObjectName(QStringLiteral("accountMenu"));
}

AccountButton::~AccountButton() = default;

void AccountButton::setAccount(const QString &username)
{
    m_username = username;
    m_refused = false;
    update();
}

void AccountButton::setOffline(bool offline)
{
    m_offline = offline;
    update();
}

void AccountButton::setRefused(bool refused)
{
    m_refused = refused;
    update();
}

void AccountButton::setActions(const QList<QAction *> &actions)
{
    m_menu->clear();
    m_menu->addActions(actions);
}

void AccountButton::update()
{
    QString text;
    if (m_refused)
        text = tr("SoundCloud: %1 (reconnect needed)").arg(m_username);
    else if (m_offline)
        text = tr("SoundCloud: %1 (offline)").arg(m_username);
    else
        text = tr("SoundCloud: %1").arg(m_username);
    setText(text);
    setAccessibleName(text);
}

}  // namespace waveshelf
