// The library's navigation widgets by keyboard: the sidebar's views, the
// SoundCloud search field (Ctrl+F / Ctrl+L, Enter) and the filter box.

#include "FilterBox.h"
#include "LibrarySidebar.h"
#include "SearchField.h"
#include "TestSuite.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace waveshelf;

class TestLibraryWidgets final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sidebarListsTheViews();
    void sidebarIsKeyboardNavigable();
    void searchShortcutsFocusTheField();
    void enterSearches();
    void filterFollowsTyping();
    void accessibleNamesMatchLabels();

private:
    std::unique_ptr<QWidget> m_window;
    LibrarySidebar *m_sidebar = nullptr;
    SearchField *m_search = nullptr;
    FilterBox *m_filter = nullptr;
    QLineEdit *m_other = nullptr;
};

void TestLibraryWidgets::init()
{
    m_window = std::make_unique<QWidget>();
    m_sidebar = new LibrarySidebar(m_window.get());
    m_search = new SearchField(m_window.get());
    m_filter = new FilterBox(m_window.get());
    m_other = new QLineEdit(m_window.get());
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_search);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_filter);
    layout->addWidget(m_other);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestLibraryWidgets::cleanup()
{
    m_window.reset();
}

void TestLibraryWidgets::sidebarListsTheViews()
{
    QStringList labels;
    for (int row = 0; row < m_sidebar->model()->rowCount(); ++row)
        labels.append(m_sidebar->model()->index(row, 0).data().toString());
    QCOMPARE(
        labels,
        QStringList({QStringLiteral("Stream"), QStringLiteral("Likes"), QStringLiteral("Playlists"),
                     QStringLiteral("Following"), QStringLiteral("Your uploads"), QStringLiteral("Recently played")}));
    QCOMPARE(m_sidebar->currentKind(), LibraryList::Kind::Likes);
    QSignalSpy chosen(m_sidebar, &LibrarySidebar::kindChosen);
    m_sidebar->setCurrentKind(LibraryList::Kind::Uploads);  // from the program: no signal
    QCOMPARE(m_sidebar->currentKind(), LibraryList::Kind::Uploads);
    QCOMPARE(chosen.size(), 0);
}

void TestLibraryWidgets::sidebarIsKeyboardNavigable()
{
    QSignalSpy chosen(m_sidebar, &LibrarySidebar::kindChosen);
    m_sidebar->setFocus();
    QTest::keyClick(m_sidebar, Qt::Key_Down);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<LibraryList::Kind>(), LibraryList::Kind::Playlists);
    QTest::keyClick(m_sidebar, Qt::Key_End);
    QCOMPARE(chosen.last().at(0).value<LibraryList::Kind>(), LibraryList::Kind::RecentlyPlayed);
    QTest::keyClick(m_sidebar, Qt::Key_Home);
    QCOMPARE(chosen.last().at(0).value<LibraryList::Kind>(), LibraryList::Kind::Stream);
    QCOMPARE(m_sidebar->currentKind(), LibraryList::Kind::Stream);
    QCOMPARE(chosen.size(), 3);
    // Tab leaves the list for the next control.
    QTest::keyClick(m_sidebar, Qt::Key_Tab);
    QVERIFY(!m_sidebar->hasFocus());
}

void TestLibraryWidgets::searchShortcutsFocusTheField()
{
    m_search->setText(QStringLiteral("earlier words"));
    m_other->setFocus();
    QVERIFY(m_other->hasFocus());
    QTest::keyClick(m_other, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_search->hasFocus());
    QCOMPARE(m_search->selectedText(), QStringLiteral("earlier words"));  // typing replaces them
    m_sidebar->setFocus();
    QTest::keyClick(m_sidebar, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_search->hasFocus());
}

void TestLibraryWidgets::enterSearches()
{
    QSignalSpy search(m_search, &SearchField::searchRequested);
    m_search->setFocus();
    QTest::keyClick(m_search, Qt::Key_Return);
    QCOMPARE(search.size(), 0);  // nothing typed: nothing asked
    QTest::keyClicks(m_search, QStringLiteral("  night drive "));
    QCOMPARE(search.size(), 0);  // typing alone asks nothing
    QTest::keyClick(m_search, Qt::Key_Return);
    QCOMPARE(search.size(), 1);
    QCOMPARE(search.at(0).at(0).toString(), QStringLiteral("night drive"));
    QTest::keyClick(m_search, Qt::Key_Escape);
    QVERIFY(m_search->text().isEmpty());
}

void TestLibraryWidgets::filterFollowsTyping()
{
    QSignalSpy filter(m_filter, &FilterBox::filterChanged);
    m_filter->setFocus();
    QTest::keyClicks(m_filter, QStringLiteral("lo-fi"));
    QCOMPARE(filter.size(), 5);
    QCOMPARE(filter.last().at(0).toString(), QStringLiteral("lo-fi"));
    QTest::keyClick(m_filter, Qt::Key_Backspace);
    QCOMPARE(filter.last().at(0).toString(), QStringLiteral("lo-f"));
    QTest::keyClick(m_filter, Qt::Key_Escape);
    QCOMPARE(filter.last().at(0).toString(), QString());
}

void TestLibraryWidgets::accessibleNamesMatchLabels()
{
    QCOMPARE(m_sidebar->accessibleName(), QStringLiteral("Library"));
    for (int row = 0; row < m_sidebar->model()->rowCount(); ++row) {
        const QModelIndex item = m_sidebar->model()->index(row, 0);
        QCOMPARE(item.data(Qt::AccessibleTextRole).toString(), item.data().toString());
    }
    QCOMPARE(m_search->accessibleName(), m_search->placeholderText());
    QCOMPARE(m_search->accessibleName(), QStringLiteral("Search SoundCloud"));
    QCOMPARE(m_filter->accessibleName(), m_filter->placeholderText());
    QVERIFY(!m_filter->accessibleName().isEmpty());
}

WAVESHELF_TEST_MAIN(TestLibraryWidgets)
#include "tst_librarywidgets.moc"
