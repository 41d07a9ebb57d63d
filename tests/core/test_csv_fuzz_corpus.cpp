// Replays the fuzzer's corpus (tests/fuzz/corpus_csv: seeds and every crash
// reproducer the fuzzer found) and a fixed set of random mutations of it
// through the loader, checking the properties of tests/fuzz/csv_properties.h.
// This runs in every build, so the sanitizer build covers it without Clang.
#include <QDir>
#include <QtTest>

#include "core/common/portable_random.h"
#include "tests/fuzz/csv_properties.h"

using namespace supex;

namespace {

const char* const kTokens[] = {",", "\"", "\"\"", "\r\n", "\n", "\r", "\xEF\xBB\xBF", "#", " ", "\t", "nan",
                               "inf", "e999", "e-999", "+", "-", ".", "0", "1.0", "\xC3\xA9", "\xFF", "x", "label"};

std::string mutate(std::string s, const std::string& other, PortableRandom& rng) {
  const int edits = 1 + static_cast<int>(rng.below(4));
  for (int e = 0; e < edits; ++e) {
    const std::size_t pos = s.empty() ? 0 : static_cast<std::size_t>(rng.below(s.size() + 1));
    switch (rng.below(5)) {
      case 0:  // flip a byte
        if (!s.empty()) s[std::min(pos, s.size() - 1)] ^= static_cast<char>(1 + rng.below(255));
        break;
      case 1: {  // insert a token
        const std::size_t t = static_cast<std::size_t>(rng.below(std::size(kTokens)));
        s.insert(pos, kTokens[t]);
        break;
      }
      case 2:  // delete a range
        s.erase(pos, static_cast<std::size_t>(rng.below(8)));
        break;
      case 3:  // duplicate a range
        if (pos < s.size()) s.insert(pos, s.substr(pos, static_cast<std::size_t>(1 + rng.below(16))));
        break;
      default:  // splice in part of another file
        if (!other.empty()) {
          const std::size_t from = static_cast<std::size_t>(rng.below(other.size()));
          s.insert(pos, other.substr(from, static_cast<std::size_t>(1 + rng.below(24))));
        }
    }
  }
  return s;
}

}  // namespace

class TestCsvFuzzCorpus : public QObject {
  Q_OBJECT
 private:
  std::vector<std::pair<QString, std::string>> m_corpus;

 private slots:
  void initTestCase() {
    QDir dir(QStringLiteral(SUPEX_TEST_DATA_DIR "/../fuzz/corpus_csv"));
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files, QDir::Name)) {
      QFile f(info.filePath());
      QVERIFY(f.open(QIODevice::ReadOnly));
      m_corpus.emplace_back(info.fileName(), f.readAll().toStdString());
    }
    QVERIFY(m_corpus.size() >= 10);
  }

  void corpusFiles() {
    for (const auto& [name, text] : m_corpus) {
      const std::string failure = fuzz::checkCsvProperties(text);
      QVERIFY2(failure.empty(), qPrintable(name + ": " + QString::fromStdString(failure)));
    }
  }

  void seededMutations() {
    PortableRandom rng(20240601);
    int loaded = 0;
    for (int round = 0; round < 1000; ++round) {
      for (std::size_t f = 0; f < m_corpus.size(); ++f) {
        const std::string& other = m_corpus[(f + 1 + round) % m_corpus.size()].second;
        const std::string text = mutate(m_corpus[f].second, other, rng);
        const std::string failure = fuzz::checkCsvProperties(text);
        QVERIFY2(failure.empty(), qPrintable(QString::fromStdString(failure) + " on input: " +
                                             QString::fromLatin1(QByteArray::fromStdString(text).toPercentEncoding())));
        if (loadDatasetFromString(text, "m.csv", {}).ok()) ++loaded;
      }
    }
    QVERIFY(loaded > 100);  // the mutations also reach the successful path
  }
};

QTEST_APPLESS_MAIN(TestCsvFuzzCorpus)
#include "test_csv_fuzz_corpus.moc"
