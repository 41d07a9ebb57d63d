// The RFC 4180 reader: records and physical line numbers for every construct
// the contract allows, and an exact error for every malformed one. Expected
// values are written by hand from RFC 4180 and docs/cli-contract.md.
#include <QtTest>

#include "core/data/csv_reader.h"

using namespace supex;

namespace {
// Records as "line:field|field|..." so a table row can state them compactly.
QStringList describe(const std::vector<CsvRecord>& records) {
  QStringList out;
  for (const CsvRecord& r : records) {
    QStringList fields;
    for (const std::string& f : r.fields) fields << QString::fromStdString(f);
    out << QString::number(r.line) + ":" + fields.join('|');
  }
  return out;
}
}  // namespace

class TestCsvReader : public QObject {
  Q_OBJECT
 private slots:
  void records_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList ab12{"1:a|b", "2:1|2"};
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << ab12;
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << ab12;
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2") << ab12;
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << ab12;
    QTest::newRow("BOM ignored") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << ab12;
    QTest::newRow("BOM then comment") << QByteArray("\xEF\xBB\xBF#c\na,b\n") << QStringList{"2:a|b"};
    QTest::newRow("comments and blank lines counted")
        << QByteArray("# c\na,b\n\n   \n#x,y\n1,2\n\t\n3,4\n") << QStringList{"2:a|b", "6:1|2", "8:3|4"};
    QTest::newRow("blank lines with CRLF counted") << QByteArray("a\r\n\r\n \r\n1\r\n") << QStringList{"1:a", "4:1"};
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"1,5\",2\n") << QStringList{"1:a|b", "2:1,5|2"};
    QTest::newRow("doubled quotes") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << QStringList{"1:a", "2:say \"hi\""};
    QTest::newRow("quoted LF counts a line")
        << QByteArray("a,b\n\"x\ny\",2\n3,4\n") << QStringList{"1:a|b", "2:x\ny|2", "4:3|4"};
    QTest::newRow("quoted CRLF kept and counted")
        << QByteArray("a,b\r\n\"x\r\ny\",2\r\n3,4\r\n") << QStringList{"1:a|b", "2:x\r\ny|2", "4:3|4"};
    QTest::newRow("quoted blank and # lines are data")
        << QByteArray("a\n\"x\n\n#y\"\n") << QStringList{"1:a", "2:x\n\n#y"};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << QStringList{"1:a|b|c", "2:||"};
    QTest::newRow("trailing comma is an empty field") << QByteArray("a,b,\n") << QStringList{"1:a|b|"};
    QTest::newRow("empty quoted field") << QByteArray("a\n\"\"\n") << QStringList{"1:a", "2:"};
    QTest::newRow("spaces around unquoted fields dropped")
        << QByteArray("x , y\n 1 ,\t2 \n") << QStringList{"1:x|y", "2:1|2"};
    QTest::newRow("spaces inside quotes kept") << QByteArray("a\n\" q \"\n") << QStringList{"1:a", "2: q "};
    QTest::newRow("spaces around quotes dropped") << QByteArray("a,b\n  \"1\"  , 2\n") << QStringList{"1:a|b", "2:1|2"};
    QTest::newRow("# after the first character is data") << QByteArray("a,b\n 1,#2\n") << QStringList{"1:a|b", "2:1|#2"};
    QTest::newRow("UTF-8 kept") << QByteArray("\xC3\xA9,\xE2\x82\xAC\n") << QStringList{QString::fromUtf8("1:é|€")};
    QTest::newRow("empty text") << QByteArray("") << QStringList{};
    QTest::newRow("only comments and blanks") << QByteArray("#a\n\n  \n") << QStringList{};
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QStringList{};
  }
  void records() {
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    auto r = readCsv(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), "f.csv");
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(describe(*r), expected);
  }

  void fieldLinesFollowQuotedLineBreaks() {
    auto r = readCsv("a,b,c\n\"x\ny\",2,\"p\n\nq\"\n", "f.csv");
    QVERIFY(r.ok());
    QCOMPARE(r->size(), std::size_t(2));
    const CsvRecord& row = (*r)[1];
    QCOMPARE(row.line, 2LL);
    QCOMPARE(row.fieldLines, (std::vector<long long>{2, 3, 3}));
  }

  void malformed_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("never closed") << QByteArray("a,b\n1,\"2\n3,4\n")
                                  << QString("f.csv:2:2: the quoted field that starts here is never closed "
                                             "(the file ends inside it).");
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n\"1\"x,2\n")
        << QString("f.csv:2:1: unexpected text after the closing quote of a quoted field; a quote inside a "
                   "quoted field is written twice (\"\").");
    QTest::newRow("single quote inside quotes")
        << QByteArray("a\n\"say \"hi\"\"\n")
        << QString("f.csv:2:1: unexpected text after the closing quote of a quoted field; a quote inside a "
                   "quoted field is written twice (\"\").");
    QTest::newRow("text after closing quote, later line")
        << QByteArray("a,b\n\"1\n2\"x,3\n")
        << QString("f.csv:3:1: unexpected text after the closing quote of a quoted field; a quote inside a "
                   "quoted field is written twice (\"\").");
    QTest::newRow("quote inside unquoted field")
        << QByteArray("a,b\n1,2\"3\n")
        << QString("f.csv:2:2: a quote inside an unquoted field; put the whole field in quotes and write the "
                   "quote twice (\"\").");
    QTest::newRow("invalid byte") << QByteArray("a,b\n1,2\n\xFF,3\n")
                                  << QString("f.csv:3: the text is not valid UTF-8; save the file as UTF-8.");
    QTest::newRow("Latin-1 e acute") << QByteArray("caf\xE9,b\n")
                                     << QString("f.csv:1: the text is not valid UTF-8; save the file as UTF-8.");
    QTest::newRow("overlong NUL") << QByteArray("a\n\n\xC0\x80\n")
                                  << QString("f.csv:3: the text is not valid UTF-8; save the file as UTF-8.");
    QTest::newRow("surrogate") << QByteArray("a\r\n\xED\xA0\x80\n")
                               << QString("f.csv:2: the text is not valid UTF-8; save the file as UTF-8.");
    QTest::newRow("truncated at end") << QByteArray("a\n\xE2\x82")
                                      << QString("f.csv:2: the text is not valid UTF-8; save the file as UTF-8.");
  }
  void malformed() {
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    auto r = readCsv(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), "f.csv");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Data);
    QCOMPARE(QString::fromStdString(r.error().message), message);
  }

  void excerptEscapesAndCuts() {
    QCOMPARE(QString::fromStdString(printableExcerpt("a\nb\tc\x01\x7f")), QString("a\\nb\\tc\\x01\\x7f"));
    QCOMPARE(QString::fromStdString(printableExcerpt(std::string(50, 'z'), 10)), QString("zzzzzzzzzz..."));
    // Cut falls inside the two-byte 'é' (bytes 9-10): back off to its start.
    QCOMPARE(QString::fromStdString(printableExcerpt("aaaaaaaaa\xC3\xA9" "bbb", 10)), QString("aaaaaaaaa..."));
  }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
