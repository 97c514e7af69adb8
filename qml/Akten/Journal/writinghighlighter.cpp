// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "qml/Akten/Journal/writinghighlighter.h"

#include <QAbstractItemModel>
#include <QTextCharFormat>
#include <QTextDocument>

#include <algorithm>

WritingHighlighter::WritingHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent)
{ }

WritingHighlighter::~WritingHighlighter() = default;

void WritingHighlighter::setDocument(QQuickTextDocument *document)
{
    if (m_document == document) {
        return;
    }
    m_document = document;
    QSyntaxHighlighter::setDocument(document ? document->textDocument() : nullptr);
    Q_EMIT documentChanged();
}

void WritingHighlighter::setTips(QAbstractItemModel *tips)
{
    if (m_tips == tips) {
        return;
    }
    if (m_tips) {
        disconnect(m_tips, nullptr, this, nullptr);
    }
    m_tips = tips;
    if (tips) {
        connect(tips, &QAbstractItemModel::modelReset, this, &WritingHighlighter::readTips);
        connect(tips, &QAbstractItemModel::layoutChanged, this, &WritingHighlighter::readTips);
        connect(tips, &QAbstractItemModel::rowsInserted, this, &WritingHighlighter::readTips);
        connect(tips, &QAbstractItemModel::rowsRemoved, this, &WritingHighlighter::readTips);
        connect(tips, &QAbstractItemModel::dataChanged, this, &WritingHighlighter::readTips);
    }
    readTips();
    Q_EMIT tipsChanged();
}

void WritingHighlighter::setColor(const QColor &color)
{
    if (m_color != color) {
        m_color = color;
        rehighlight();
        Q_EMIT colorChanged();
    }
}

void WritingHighlighter::readTips()
{
    QList<std::pair<int, int>> ranges;
    if (m_tips) {
        const QHash<int, QByteArray> names = m_tips->roleNames();
        const int startRole = names.key("start", -1);
        const int endRole = names.key("end", -1);
        for (int row = 0; row < m_tips->rowCount(); ++row) {
            const QModelIndex index = m_tips->index(row, 0);
            ranges.append({ index.data(startRole).toInt(), index.data(endRole).toInt() });
        }
    }
    if (ranges != m_ranges) {
        m_ranges = ranges;
        rehighlight();
    }
}

void WritingHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    QTextCharFormat mark;
    // Qt Quick's text renderer draws every underline style as a solid line, so the mark is an amber underline on an
    // amber wash (ux.md: amber, never red; the wash keeps it visible without colour alone being the only cue).
    mark.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    mark.setUnderlineColor(m_color);
    QColor wash = m_color;
    wash.setAlpha(60);
    mark.setBackground(wash);
    for (const auto &[start, end] : std::as_const(m_ranges)) {
        const int from = std::max(start, blockStart);
        const int to = std::min(end, blockEnd);
        if (from < to) {
            setFormat(from - blockStart, to - from, mark);
        }
    }
}
