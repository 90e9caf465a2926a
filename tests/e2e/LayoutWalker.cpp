#include "LayoutWalker.h"

#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTextDocument>
#include <QToolButton>

namespace waveshelf::test {

namespace {

// The text as drawn: mnemonics ("&Save") without their ampersand.
QString shownText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

int textWidth(const QWidget *widget, const QString &text)
{
    int widest = 0;
    for (const QString &line : shownText(text).split(u'\n'))
        widest = qMax(widest, widget->fontMetrics().horizontalAdvance(line));
    return widest;
}

QString describe(const QWidget *widget, const QString &text)
{
    const QString name = widget->objectName().isEmpty() ? QStringLiteral("(unnamed)") : widget->objectName();
    return QStringLiteral("%1 %2 \"%3\"").arg(QLatin1String(widget->metaObject()->className()), name, text);
}

// Inside a scroll area's viewport: clipped by scrolling, not by its layout.
bool insideScrollArea(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(w->parentWidget())
            && static_cast<const QAbstractScrollArea *>(w->parentWidget())->viewport() == w)
            return true;
    }
    return false;
}

// Why a label's text does not fit; empty when it does.
QString labelProblem(const QLabel *label)
{
    const QString text = label->text();
    if (text.isEmpty())
        return {};
    if (text.endsWith(QStringLiteral("…")) && !label->toolTip().isEmpty())
        return {};  // elides on purpose, the whole text in its tooltip
    const QRect room = label->contentsRect().adjusted(label->margin() + label->indent(), label->margin(),
                                                      -label->margin(), -label->margin());
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            return QStringLiteral("wraps to %1 px high in %2 px").arg(needed).arg(label->height());
        return {};
    }
    int needed = 0;
    if (rich) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(text);
        needed = qCeil(document.idealWidth());
    } else {
        needed = textWidth(label, text);
    }
    if (needed > room.width())
        return QStringLiteral("%1 px of text in %2 px").arg(needed).arg(room.width());
    return {};
}

QString buttonProblem(const QAbstractButton *button)
{
    const QString text = button->text();
    if (text.isEmpty())
        return {};
    if (const auto *tool = qobject_cast<const QToolButton *>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return {};
    }
    int needed = 0;
    if (qobject_cast<const QPushButton *>(button)) {
        // Text, icon and the style's padding; not QPushButton's minimum width.
        const QStyle *style = button->style();
        needed = textWidth(button, text) + style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button)
            + 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button);
        if (!button->icon().isNull())
            needed += button->iconSize().width() + 4;
    } else {
        needed = button->sizeHint().width();  // check boxes, radio and tool buttons: indicator or icon, and text
    }
    if (needed > button->width())
        return QStringLiteral("needs %1 px, has %2 px").arg(needed).arg(button->width());
    return {};
}

QString groupBoxProblem(const QGroupBox *box)
{
    if (box->title().isEmpty())
        return {};
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.subControls = QStyle::SC_GroupBoxLabel
        | (box->isCheckable() ? QStyle::SC_GroupBoxCheckBox : QStyle::SC_None);
    option.features = box->isFlat() ? QStyleOptionFrame::Flat : QStyleOptionFrame::None;
    option.textAlignment = box->alignment();
    const QRect label = box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
    const int needed = textWidth(box, box->title());
    if (needed > label.width() || label.right() > box->width())
        return QStringLiteral("title of %1 px in %2 px").arg(needed).arg(qMin(label.width(), box->width()));
    return {};
}

}  // namespace

QStringList LayoutWalker::cutTexts(const QWidget *window)
{
    QStringList cut;
    const QRect windowRect = window->rect();
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        QString problem;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            text = label->text();
            problem = labelProblem(label);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            text = button->text();
            problem = buttonProblem(button);
        } else if (const auto *box = qobject_cast<const QGroupBox *>(widget)) {
            text = box->title();
            problem = groupBoxProblem(box);
        } else {
            continue;
        }
        if (problem.isEmpty() && !text.isEmpty() && !insideScrollArea(widget, window)) {
            const QRect onWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
            if (!windowRect.contains(onWindow))
                problem = QStringLiteral("reaches past the window's edge");
        }
        if (!problem.isEmpty())
            cut << describe(widget, text) + QStringLiteral(": ") + problem;
    }
    return cut;
}

QString LayoutWalker::saveScreenshot(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("WAVESHELF_LAYOUT_SCREENSHOTS");
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return {};
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    return window->grab().save(path) ? path : QString();
}

}  // namespace waveshelf::test
