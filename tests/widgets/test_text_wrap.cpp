// wrapText (widgets/text_wrap.h): the lines keep every word in order, each
// line fits the width unless it is one word too long by itself, and no line
// could take the next line's first word.
#include <QFontMetrics>
#include <QTest>

#include "widgets/text_wrap.h"

using namespace supex;

class TestTextWrap : public QObject {
  Q_OBJECT

 private slots:
  void linesFitAndAreFull() {
    QFont font;
    font.setPointSizeF(10.5);
    const QFontMetrics fm(font);
    const QString text = "qda cannot fit: the covariance of class versicolor is singular (its points lie on a line); "
                         "raise the regularisation r above 0";
    const int width = 160;
    const QStringList lines = wrapText(text, font, width).split('\n');
    QVERIFY(lines.size() >= 3);
    QCOMPARE(lines.join(' '), text);
    for (int i = 0; i < lines.size(); ++i) {
      const bool oneWord = !lines[i].contains(' ');
      QVERIFY2(oneWord || fm.horizontalAdvance(lines[i]) <= width, qPrintable(lines[i]));
      if (i + 1 < lines.size()) {
        const QString next = lines[i + 1].section(' ', 0, 0);
        QVERIFY2(fm.horizontalAdvance(lines[i] + ' ' + next) > width, qPrintable(lines[i]));
      }
    }
  }

  void longWordKeepsItsOwnLine() {
    QFont font;
    const QString word(60, 'x');
    QCOMPARE(wrapText("a " + word + " b", font, 40), "a\n" + word + "\nb");
    QCOMPARE(wrapText("", font, 40), QString());
    QCOMPARE(wrapText("  two   spaces ", font, 1000), QStringLiteral("two spaces"));
  }
};

QTEST_MAIN(TestTextWrap)
#include "test_text_wrap.moc"
