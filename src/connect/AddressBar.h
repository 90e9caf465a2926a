#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QUrl;
class QWebEnginePage;

namespace waveshelf {

// Shows, read-only, where a page is (scheme, host and port), whether the connection is
// encrypted, and how far loading has come. Follows the page it is given.
class AddressBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressBar)

public:
    explicit AddressBar(QWidget *parent = nullptr);

    void follow(QWebEnginePage *page);
    void showUrl(const QUrl &url);

private:
    QLineEdit *m_addressLineEdit;
    QLabel *m_securityLabel;
    QProgressBar *m_loadingProgressBar;
};

}  // namespace waveshelf
