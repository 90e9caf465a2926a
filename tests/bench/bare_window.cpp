// waveshelf-bare-window: the reference of waveshelf-bench's start-up figures.
// A bare Qt Widgets window with a login-like form and nothing else (no
// database, no translations, no network), reporting its first painted window
// through the same FirstWindowProbe as waveshelf.

#include "FirstWindowProbe.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Log in"), &window));
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("Username"), new QLineEdit(&window));
    auto *password = new QLineEdit(&window);
    password->setEchoMode(QLineEdit::Password);
    form->addRow(QStringLiteral("Password"), password);
    layout->addLayout(form);
    layout->addWidget(new QPushButton(QStringLiteral("Log In"), &window));
    layout->addWidget(new QPushButton(QStringLiteral("Create Account…"), &window));
    window.resize(960, 640);
    waveshelf::FirstWindowProbe::installIfRequested();
    window.show();
    return QApplication::exec();
}
