#pragma once

#include <QLabel>

namespace waveshelf {

// A one-line label that shows its text elided ("Warehouse Sess…") when it is
// narrower than the text, so a long title never widens its layout; the whole
// text is its tooltip while cut. Plain text only.
class ElidedLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    ~ElidedLabel() override;

    void setFullText(const QString &text);
    [[nodiscard]] const QString &fullText() const { return m_text; }

    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateShown();

    QString m_text;
};

}  // namespace waveshelf
