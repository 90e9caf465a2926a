#pragma once

#include <QToolButton>

class QMenu;

namespace waveshelf {

// Who is connected to SoundCloud, and how: "SoundCloud: bob", "(offline)" while
// the library comes from the cache, "(reconnect needed)" after SoundCloud refused
// the connection; never "connected" while it is not. Its menu holds what the
// window offers for the connection and the login.
class AccountButton final : public QToolButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountButton)

public:
    explicit AccountButton(QWidget *parent = nullptr);
    ~AccountButton() override;

    // A new connection: not refused, online until told otherwise.
    void setAccount(const QString &username);
    void setOffline(bool offline);
    void setRefused(bool refused);
    void setActions(const QList<QAction *> &actions);

private:
    void update();

    QMenu *m_menu;
    QString m_username;
    bool m_offline = false;
    bool m_refused = false;
};

}  // namespace waveshelf
