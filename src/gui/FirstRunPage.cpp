#include "FirstRunPage.h"

#include "OwnAppForm.h"
#include "app/AppCore.h"
#include "firstrun/SandboxProcess.h"

#include <QAccessible>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace waveshelf {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

}  // namespace

FirstRunPage::FirstRunPage(AppCore &core, SandboxProcess &sandbox, const ClientSecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_sandbox(sandbox)
{
    setObjectName(QStringLiteral("firstRunPage"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setMaximumWidth(720);
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);

    auto *heading = new QLabel(tr("Welcome to Waveshelf"), content);
    heading->setObjectName(QStringLiteral("firstRunHeadingLabel"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    layout->addWidget(wrappedLabel(tr("To sign in to SoundCloud, Waveshelf needs a SoundCloud app: a name and a "
                                      "client ID that SoundCloud gives to programs. Choose how to start. This is "
                                      "set once for everyone who uses Waveshelf on this computer; each person "
                                      "then logs in with their own Waveshelf account."),
                                   content));

    auto *sandboxBox = new QGroupBox(tr("Try Waveshelf with the sandbox"), content);
    sandboxBox->setObjectName(QStringLiteral("sandboxGroupBox"));
    auto *sandboxLayout = new QVBoxLayout(sandboxBox);
    sandboxLayout->addWidget(wrappedLabel(
        tr("The sandbox is a small SoundCloud look-alike that runs on this computer, with example accounts: sign in "
           "there as alice with the password alice-password. Nothing goes to SoundCloud and nothing about the "
           "sandbox is saved: it stops when you quit Waveshelf, and you choose again next time."),
        sandboxBox));
    m_trySandbox = new QPushButton(tr("Try with the sand&box"), sandboxBox);
    m_trySandbox->setObjectName(QStringLiteral("trySandboxPushButton"));
    m_trySandbox->setAccessibleName(tr("Try with the sandbox"));
    sandboxLayout->addWidget(m_trySandbox, 0, Qt::AlignLeft);
    m_sandboxStatus = wrappedLabel(QString(), sandboxBox);
    m_sandboxStatus->setObjectName(QStringLiteral("sandboxStatusLabel"));
    m_sandboxStatus->setAccessibleName(tr("Sandbox status"));
    m_sandboxStatus->hide();
    sandboxLayout->addWidget(m_sandboxStatus);
    layout->addWidget(sandboxBox);

    auto *ownBox = new QGroupBox(tr("Use your own SoundCloud app"), content);
    ownBox->setObjectName(QStringLiteral("ownAppGroupBox"));
    auto *ownLayout = new QVBoxLayout(ownBox);
    auto *ownApp = new OwnAppForm(core, secrets, ownBox);
    ownApp->setObjectName(QStringLiteral("ownAppForm"));
    ownLayout->addWidget(ownApp);
    layout->addWidget(ownBox);

    auto *later = wrappedLabel(tr("You can change this later in File → Settings…"), content);
    later->setObjectName(QStringLiteral("firstRunLaterLabel"));
    layout->addWidget(later);
    layout->addStretch(1);

    connect(m_trySandbox, &QPushButton::clicked, this, &FirstRunPage::trySandbox);
    connect(ownApp, &OwnAppForm::saved, this, &FirstRunPage::configured);
    setFocusProxy(m_trySandbox);
}

FirstRunPage::~FirstRunPage() = default;

void FirstRunPage::trySandbox()
{
    m_trySandbox->setEnabled(false);
    m_sandboxStatus->setText(tr("Starting the sandbox…"));
    m_sandboxStatus->show();
    m_pending = std::make_unique<QObject>();
    m_sandbox.start(m_core.config().redirectUri, m_pending.get(), [this](Result<SandboxEndpoints> started) {
        m_trySandbox->setEnabled(true);
        if (!started.ok()) {
            m_sandboxStatus->setText(started.error().message);
            QAccessibleEvent event(m_sandboxStatus, QAccessible::Alert);
            QAccessible::updateAccessibility(&event);
            return;
        }
        m_sandboxStatus->setText(tr("The sandbox is running."));
        emit configured(started.value().applyTo(m_core.config()));
    });
}

}  // namespace waveshelf
