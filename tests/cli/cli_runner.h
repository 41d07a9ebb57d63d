#pragma once
// Runs the real `supex` binary and captures what a user would see.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

struct CliRun {
  int exitCode = -1;
  QByteArray out;
  QByteArray err;
  nlohmann::json json() const { return nlohmann::json::parse(out.toStdString()); }
};

inline CliRun runSupex(const QStringList& args) {
  QProcess p;
  p.start(QStringLiteral(SUPEX_BIN_DIR "/supex"), args);
  CliRun r;
  if (!p.waitForFinished(120000)) return r;
  r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.out = p.readAllStandardOutput();
  r.err = p.readAllStandardError();
  return r;
}

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
  const QString path = dir.filePath(name);
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly)) return {};
  f.write(text);
  return path;
}

// A failure must be one line on stderr and nothing on stdout.
#define SUPEX_VERIFY_FAILURE(run, code)                          \
  do {                                                           \
    QCOMPARE((run).exitCode, (code));                            \
    QVERIFY2((run).out.isEmpty(), (run).out.constData());        \
    QCOMPARE((run).err.count('\n'), 1);                          \
  } while (0)
