# Precompiled headers for the targets with many sources: Qt's headers are most of what
# the compiler reads for each file (a test file took 2.5 s, 0.9 s with them
# precompiled), so each listed target parses them once.
#
#   waveshelf_precompile_headers(TARGET [NETWORK] [SQL] [HTTPSERVER] [WIDGETS] [TEST])
#       QtCore's common headers, and those of each named module the target links
#
# Every file still includes what it uses: WAVESHELF_PCH=OFF builds without them, and
# scripts/lint.sh runs clang-tidy on src/ without them, so a missing include there
# is an error.
#
# The compiler cache (ccache) can reuse results made with a precompiled header only
# with the sloppiness the root CMakeLists.txt gives its launcher; clang must also
# leave the time out of the precompiled file (-fno-pch-timestamp), or the files that
# use it never hit in another build.
option(WAVESHELF_PCH "Precompile Qt's headers for the larger targets" ON)

set(WAVESHELF_PCH_CORE
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QObject> <QPointer> <QRegularExpression>
    <QString> <QStringList> <QTimer> <QUrl> <QUrlQuery> <QVariant>
    <functional> <memory> <optional> <utility>)
set(WAVESHELF_PCH_NETWORK <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest> <QTcpServer> <QTcpSocket>)
set(WAVESHELF_PCH_SQL <QSqlDatabase> <QSqlError> <QSqlQuery>)
set(WAVESHELF_PCH_HTTPSERVER <QHttpServer> <QHttpServerRequest> <QHttpServerResponder> <QHttpServerResponse>)
set(WAVESHELF_PCH_WIDGETS
    <QAction> <QApplication> <QBoxLayout> <QFormLayout> <QHBoxLayout> <QLabel> <QLineEdit>
    <QMenu> <QMessageBox> <QPushButton> <QStackedWidget> <QTableView> <QVBoxLayout> <QWidget>)
set(WAVESHELF_PCH_TEST <QSignalSpy> <QTemporaryDir> <QTest> <QProcess> <QElapsedTimer>)

function(waveshelf_precompile_headers target)
    if(NOT WAVESHELF_PCH)
        return()
    endif()
    cmake_parse_arguments(ARG "NETWORK;SQL;HTTPSERVER;WIDGETS;TEST" "" "" ${ARGN})
    set(_headers ${WAVESHELF_PCH_CORE})
    foreach(_module NETWORK SQL HTTPSERVER WIDGETS TEST)
        if(ARG_${_module})
            list(APPEND _headers ${WAVESHELF_PCH_${_module}})
        endif()
    endforeach()
    target_precompile_headers(${target} PRIVATE ${_headers})
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        target_compile_options(${target} PRIVATE "SHELL:-Xclang -fno-pch-timestamp")
    endif()
endfunction()
