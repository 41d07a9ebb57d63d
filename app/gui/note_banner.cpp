#include "app/gui/note_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace supex {

NoteBanner::NoteBanner(QWidget* parent) : QFrame(parent) {
  setObjectName("noteBanner");
  setFrameShape(QFrame::StyledPanel);
  setAutoFillBackground(true);
  QPalette p = palette();
  p.setColor(QPalette::Window, QColor(0xFF, 0xF6, 0xD5));  // a pale note-paper yellow
  p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
  setPalette(p);

  m_title = new QLabel;
  QFont bold = m_title->font();
  bold.setBold(true);
  m_title->setFont(bold);
  m_note = new QLabel;
  m_note->setWordWrap(true);
  m_note->setTextFormat(Qt::PlainText);
  m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_close = new QToolButton;
  m_close->setText(QStringLiteral("×"));
  m_close->setAutoRaise(true);
  m_close->setToolTip(tr("Hide the note (File ▸ Teacher's note… shows and edits it)"));
  connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

  auto* text = new QVBoxLayout;
  text->setSpacing(2);
  text->addWidget(m_title);
  text->addWidget(m_note);
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(10, 6, 4, 6);
  row->addLayout(text, 1);
  row->addWidget(m_close, 0, Qt::AlignTop);
  hide();
}

void NoteBanner::setNote(const QString& title, const QString& note) {
  m_title->setText(title);
  m_title->setVisible(!title.isEmpty());
  m_note->setText(note);
  m_note->setVisible(!note.isEmpty());
  setVisible(!title.isEmpty() || !note.isEmpty());
}

QString NoteBanner::title() const { return m_title->text(); }
QString NoteBanner::note() const { return m_note->text(); }

}  // namespace supex
