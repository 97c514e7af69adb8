// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QAbstractItemModel>
#include <QColor>
#include <QPointer>
#include <QQuickTextDocument>
#include <QSyntaxHighlighter>
#include <QtQml/qqmlregistration.h>

/**
 * Marks the writing assistant's tips in a TextArea: an amber underline and wash under each tip's words (advice, not
 * an error: never red). The tips come from a model with "start" and "end" roles (offsets in the text, as
 * WritingTipsModel gives them); the marks follow the model. Only formats: the text itself is never touched.
 * GUI thread.
 */
class WritingHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickTextDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QAbstractItemModel *tips READ tips WRITE setTips NOTIFY tipsChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)

public:
    explicit WritingHighlighter(QObject *parent = nullptr);
    ~WritingHighlighter() override;
    Q_DISABLE_COPY_MOVE(WritingHighlighter)

    [[nodiscard]] QQuickTextDocument *document() const { return m_document; }
    void setDocument(QQuickTextDocument *document);
    [[nodiscard]] QAbstractItemModel *tips() const { return m_tips; }
    void setTips(QAbstractItemModel *tips);
    [[nodiscard]] QColor color() const { return m_color; }
    void setColor(const QColor &color);

Q_SIGNALS:
    void documentChanged();
    void tipsChanged();
    void colorChanged();

protected:
    void highlightBlock(const QString &text) override;

private:
    void readTips();

    QPointer<QQuickTextDocument> m_document;
    QPointer<QAbstractItemModel> m_tips;
    QColor m_color { 0xb4, 0x5f, 0x06 };
    QList<std::pair<int, int>> m_ranges; ///< the tips' [start, end) in the whole text
};
