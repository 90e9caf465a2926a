#include "AccountSettingsPage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace waveshelf {

AccountSettingsPage::AccountSettingsPage(const QString &username, const QString &connection,
                                         const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("accountPage"));
    auto *layout = new QVBoxLayout(this);
    auto *who = new QLabel(this);
    who->setObjectName(QStringLiteral("accountUserLabel"));
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    if (username.isEmpty()) {
        who->setText(tr("Log in to change your password or your SoundCloud connection."));
        layout->addWidget(who);
        layout->addStretch();
        return;
    }
    who->setText(tr("Logged in to Waveshelf as %1.").arg(username));
    layout->addWidget(who);
    auto *service = new QLabel(connection, this);
    service->setObjectName(QStringLiteral("accountConnectionLabel"));
    service->setTextFormat(Qt::PlainText);
    service->setWordWrap(true);
    layout->addWidget(service);
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        auto *button = new QPushButton(action->text(), this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setEnabled(action->isEnabled());
        button->setAutoDefault(false);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        connect(button, &QPushButton::clicked, this, [this, action] { emit actionChosen(action); });
        layout->addWidget(button, 0, Qt::AlignLeft);
    }
    layout->addStretch();
}

AccountSettingsPage::~AccountSettingsPage() = default;

}  // namespace waveshelf
