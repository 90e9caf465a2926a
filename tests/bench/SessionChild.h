#pragma once

#include <QString>

#include <memory>

namespace waveshelf::test {
struct RunningApp;
}

namespace waveshelf {
class LibraryPage;
}

namespace waveshelf::bench {

// The in-app figures, measured in a process of their own (`waveshelf-bench
// --session-child`), built as main() builds the app (RunningApp) against the
// sandbox the parent runs, with a local user already connected to lena's
// account. Settings come from the environment (ConfigLoader, as in main());
// the local user name is an argument, the password one line on stdin.
// Prints "figure <key> <value>" lines:
//   kdf_ms, login_phase_ms, login_to_tracks_ms, round_trip_ms (login);
//   webengine_before (0/1); paging_ms, paging_stall_ms, rss_10k_mib;
//   scroll_stall_ms; idle_cpu_ms, idle_wakeups_per_s; rss_after_popup_mib,
//   webengine_after (0/1).
class SessionChild final {
public:
    SessionChild(QString localUser, QString password, bool quick);
    ~SessionChild();
    SessionChild(const SessionChild &) = delete;
    SessionChild &operator=(const SessionChild &) = delete;
    // The process's exit code.
    int run();

private:
    bool logIn();
    bool pageThroughAll();
    bool scroll();
    void idle();
    bool openAndClosePopup();
    void print(const char *key, double value);
    [[nodiscard]] LibraryPage *library() const;

    QString m_localUser;
    QString m_password;
    bool m_quick;
    std::unique_ptr<test::RunningApp> m_app;
};

}  // namespace waveshelf::bench
