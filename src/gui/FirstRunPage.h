#pragma once

#include "config/AppConfig.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace waveshelf {

class AppCore;
class ClientSecretStore;
class SandboxProcess;

// The first window when no SoundCloud app is configured (no client ID), before
// the local login: the configuration is shared by every local user. In plain
// words it offers to try Waveshelf with the SoundCloud sandbox (started as a
// child process for this session only) or to set up the user's own SoundCloud
// app (OwnAppForm), and says where to change it later.
class FirstRunPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)

public:
    // All three must outlive the page; the sandbox runs as long as `sandbox` lives.
    FirstRunPage(AppCore &core, SandboxProcess &sandbox, const ClientSecretStore &secrets, QWidget *parent = nullptr);
    ~FirstRunPage() override;

signals:
    // Continue to the login with this configuration (for this session, or saved).
    void configured(const waveshelf::AppConfig &config);

private:
    void trySandbox();

    AppCore &m_core;
    SandboxProcess &m_sandbox;
    QPushButton *m_trySandbox = nullptr;
    QLabel *m_sandboxStatus = nullptr;
    std::unique_ptr<QObject> m_pending;  // the context of a sandbox start under way
};

}  // namespace waveshelf
