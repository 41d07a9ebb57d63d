// Figures from the command line: the built program renders a session to
// PNG (of the requested size and scale), PDF and SVG without a window, and
// answers a bad request with supex's exit codes (2 usage, 3 file) and one line.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
  int code = -1;
  QString err;
};

Run runExplorer(const QString& runtimeDir, const QStringList& args) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("QT_QPA_PLATFORM", "offscreen");  // as on a machine without a display
  env.insert("XDG_DATA_HOME", QDir::tempPath() + "/supex-test-export-data");
  env.insert("XDG_CONFIG_HOME", QDir::tempPath() + "/supex-test-export-config");
  env.insert("XDG_RUNTIME_DIR", runtimeDir);  // else Qt warns on stderr
  p.setProcessEnvironment(env);
  p.start(QStringLiteral(SUPEX_BIN_DIR) + "/supervised-explorer", args);
  if (!p.waitForFinished(30000)) {
    p.kill();
    return {};
  }
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

class TestSessionExport : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  QString m_session;

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    // The cars lesson (OLS, one feature: the fit and its bands) as a file on disk.
    m_session = m_dir.filePath("cars.supex.json");
    QVERIFY(QFile::copy(QStringLiteral(SUPEX_TEST_DATA_DIR) + "/../../resources/lessons/02_least_squares_inference.supex.json",
                        m_session));
  }

  void png() {
    const QString out = m_dir.filePath("cars.png");
    const Run r = runExplorer(m_dir.path(), {"--session", m_session, "--export", out, "--size", "640x400", "--scale", "2"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1280, 800));
    // Not an empty frame: some pixels are neither white nor grey (the fit line, the points).
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4)
      for (int x = 0; x < image.width(); x += 4) {
        const QColor c = image.pixelColor(x, y);
        if (std::abs(c.red() - c.green()) + std::abs(c.green() - c.blue()) > 60) ++coloured;
      }
    QVERIFY(coloured > 50);
  }

  void pdfAndSvg() {
    const QString pdf = m_dir.filePath("cars.pdf"), svg = m_dir.filePath("cars.svg");
    QVERIFY2(runExplorer(m_dir.path(), {"--session=" + m_session, "--export", pdf}).code == 0, "pdf");
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY2(runExplorer(m_dir.path(), {m_session, "--export", svg, "--size", "800x500"}).code == 0, "svg");
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 800, 500));
    // The session's picture, not the first picture: its axes are the cars' columns.
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains(">speed<"));
    QVERIFY(svgText.contains(">dist<"));
  }

  void badRequests_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("newer session") << QStringList{"--session", "NEWER", "--export", "x.png"} << 3
                                   << "supervised-explorer: newer.supex.json: format_version 9 is newer than this "
                                      "program reads (1); open it with a newer Supervised Explorer.\n";
    QTest::newRow("missing session") << QStringList{"--session", "/nonexistent/a.supex.json", "--export", "x.png"}
                                     << 3
                                     << "supervised-explorer: /nonexistent/a.supex.json: cannot open the file (No such "
                                        "file or directory).\n";
    QTest::newRow("unknown format") << QStringList{"--session", "CARS", "--export", "x.jpg"} << 2
                                    << "supervised-explorer: --export takes a file ending in .png, .pdf or .svg. Got "
                                       "'x.jpg'.\n";
    QTest::newRow("bad size") << QStringList{"--session", "CARS", "--export", "x.png", "--size", "big"} << 2
                              << "supervised-explorer: --size takes WxH, e.g. 1200x900.\n";
    QTest::newRow("unwritable output") << QStringList{"--session", "CARS", "--export", "/nonexistent/x.png"} << 3
                                       << "";
  }
  void badRequests() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString newer = m_dir.filePath("newer.supex.json");
    QFile f(newer);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"format_version": 9, "model": "knn"})");
    f.close();
    args.replaceInStrings("NEWER", newer);
    args.replaceInStrings("CARS", m_session);
    const Run r = runExplorer(m_dir.path(), args);
    QCOMPARE(r.code, code);
    if (!message.isEmpty()) QCOMPARE(r.err, message);
    else QVERIFY2(r.err.startsWith("supervised-explorer: /nonexistent/x.png") && r.err.count('\n') == 1, qPrintable(r.err));
  }
};

QTEST_MAIN(TestSessionExport)
#include "test_session_export.moc"
