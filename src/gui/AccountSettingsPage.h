#pragma once

#include <QList>
#include <QWidget>

class QAction;

namespace waveshelf {

// Settings → Account: who is logged in, and the window's actions for the password
// and the SoundCloud connection as buttons (Change Password…, Connect or Reconnect,
// Disconnect…), each enabled and named as its action is. A button does not run
// its action here: it asks for it (actionChosen), and the dialog closes first
// (what the action changes, the user's session, the dialog shows). Nobody logged
// in: it says so.
class AccountSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSettingsPage)

public:
    // `username`: the local user logged in, empty for nobody. The actions must
    // outlive the page.
    AccountSettingsPage(const QString &username, const QString &connection, const QList<QAction *> &actions,
                        QWidget *parent = nullptr);
    ~AccountSettingsPage() override;

signals:
    void actionChosen(QAction *action);
};

}  // namespace waveshelf
