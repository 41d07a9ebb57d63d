// supervised-explorer [options] [FILE.csv]
// Opens FILE.csv (columns guessed; a dialog asks when the guess fails), or a
// generated set, or else the first picture: the moons under kNN with k = 15.
// With --export the figure is written without showing a window, so slide
// figures can be rebuilt from a script:
//   QT_QPA_PLATFORM=offscreen supervised-explorer --generate sine --model ols
//       --param basis=poly --param degree=3 --export fit.pdf
//   supervised-explorer --session lesson.supex.json --export slide.svg --size 1600x900
// Exit codes as supex's: 0 done, 2 a bad option, 3 a file that cannot be read or written.
#include <QApplication>
#include <QCommandLineParser>
#include <QTabWidget>
#include <QTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <cstdio>
#include <string>
#include <vector>

#include "app/gui/compare_window.h"
#include "app/gui/main_window.h"
#include "app/gui/session_keeper.h"
#include "core/common/reuse_memory.h"
#include "widgets/data_canvas.h"
#include "widgets/explorer_controller.h"

namespace {

int fail(const QString& message) {
  std::fprintf(stderr, "supervised-explorer: %s\n", qPrintable(message));
  return 2;
}

// A file that cannot be read or written (supex's exit code 3).
int failFile(const QString& message) {
  std::fprintf(stderr, "supervised-explorer: %s\n", qPrintable(message));
  return 3;
}

// QGuiApplication takes "-session ID" (and "--session") for X11 session
// management and removes it from argv; our --session FILE is renamed to
// --session-file before Qt sees it.
void protectSessionOption(int argc, char** argv) {
  static char renamed[] = "--session-file";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--session" || arg == "-session") argv[i] = renamed;
    else if (arg.rfind("--session=", 0) == 0) {
      static std::vector<std::string> keep;  // argv must outlive the application
      keep.push_back("--session-file=" + arg.substr(10));
      argv[i] = keep.back().data();
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  supex::reuseFreedMemory();
  protectSessionOption(argc, argv);
  QApplication app(argc, argv);
  QApplication::setApplicationName("supervised-explorer");
  QApplication::setOrganizationName("supex");
  QApplication::setApplicationVersion(QStringLiteral(SUPEX_VERSION));

  QCommandLineParser parser;
  parser.setApplicationDescription("Supervised Explorer: see the mathematics of supervised learning move.");
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument("file", "A CSV data set or a session (.supex.json) to open.", "[FILE]");
  QCommandLineOption generateOpt("generate", "Generate a data set of KIND (moons, blobs, sine, ...).", "KIND");
  QCommandLineOption nOpt("n", "Points to generate (default 200).", "N", "200");
  QCommandLineOption noiseOpt("noise", "Noise of the generated set (default per kind).", "S");
  QCommandLineOption seedOpt("seed", "Seed of the generated set (default 1).", "SEED", "1");
  QCommandLineOption classesOpt("classes", "Classes of blobs, spiral, gaussians (default 2).", "K", "2");
  QCommandLineOption modelOpt("model", "The algorithm, by id (knn, ols, nn, ...).", "ID");
  QCommandLineOption paramOpt("param", "A hyper-parameter, KEY=VALUE (repeatable).", "KEY=VALUE");
  QCommandLineOption testOpt("test-share", "Share of points held out as test points, 0 to 0.9.", "F");
  QCommandLineOption exportOpt("export", "Write the figure (.png, .pdf, .svg) and quit without a window.", "FILE");
  QCommandLineOption sizeOpt("size", "Size of the exported figure in pixels (default 1200x900).", "WxH", "1200x900");
  QCommandLineOption scaleOpt("scale", "Pixel scale of a PNG export (default 1).", "S", "1");
  QCommandLineOption lensOpt("lens", "Show the kNN lens at the point X,Y (plot coordinates).", "X,Y");
  QCommandLineOption sessionOpt(QStringList{"session", "session-file"}, "Open a session file (.supex.json): data, model, parameters, view.", "FILE");
  parser.addOption(sessionOpt);
  QCommandLineOption presentOpt("presentation", "Start in presentation mode (large type, full screen); with --export, render the figure in its style.");
  QCommandLineOption compareOpt("compare", "Compare these algorithms side by side (e.g. knn,lda,qda); with --export, write that grid.", "MODELS");
  parser.addOptions({generateOpt, nOpt, noiseOpt, seedOpt, classesOpt, modelOpt, paramOpt, testOpt, exportOpt, sizeOpt,
                     scaleOpt, lensOpt, presentOpt});
  QCommandLineOption viewOpt("view", "Open the Views dock at the teaching view ID (paths, basis, highdim, ...).", "ID");
  parser.addOption(viewOpt);
  parser.addOption(compareOpt);
  parser.process(app);

  const bool headless = parser.isSet(exportOpt);
  if (headless) {
    const QString suffix = QFileInfo(parser.value(exportOpt)).suffix().toLower();
    if (suffix != "png" && suffix != "pdf" && suffix != "svg")
      return fail("--export takes a file ending in .png, .pdf or .svg. Got '" + parser.value(exportOpt) + "'.");
  }
  supex::MainWindow window;
  QStringList files = parser.positionalArguments();
  QString session = parser.value(sessionOpt);
  if (session.isEmpty() && !files.isEmpty() && files.first().endsWith(".json", Qt::CaseInsensitive))
    session = files.takeFirst();
  window.showDefault();  // also what stays when a file cannot be opened
  if (!session.isEmpty()) {
    const QString problem = window.sessions()->load(session, !headless);
    if (!problem.isEmpty()) {
      if (headless) return failFile(problem);
      QMessageBox::warning(nullptr, "Open session", problem);
    }
  } else if (!files.isEmpty()) {
    if (!window.openCsv(files.first(), false) && parser.isSet(exportOpt)) return fail("cannot open " + files.first());
  } else if (parser.isSet(generateOpt)) {
    supex::GenerateOptions g;
    g.kind = parser.value(generateOpt).toStdString();
    g.n = parser.value(nOpt).toInt();
    if (parser.isSet(noiseOpt)) g.noise = parser.value(noiseOpt).toDouble();
    g.seed = parser.value(seedOpt).toULongLong();
    g.classes = parser.value(classesOpt).toInt();
    auto check = supex::generate(g);
    if (!check) return fail(QString::fromStdString(check.error().message));
    window.generate(g, false);
  }
  if (parser.isSet(modelOpt)) {
    std::vector<std::string> params;
    for (const QString& p : parser.values(paramOpt)) params.push_back(p.toStdString());
    const QString problem = window.chooseModel(parser.value(modelOpt).toStdString(), params);
    if (!problem.isEmpty()) return fail(problem);
  }
  if (parser.isSet(lensOpt)) {
    const QStringList xy = parser.value(lensOpt).split(',');
    bool okX = false, okY = false;
    const double x = xy.value(0).toDouble(&okX), y = xy.value(1).toDouble(&okY);
    if (!okX || (xy.size() > 1 && !okY)) return fail("--lens takes X,Y, e.g. 0.5,0.25.");
    window.controller()->showLensAt(QPointF(x, y));
  }
  if (parser.isSet(testOpt)) window.setTestShare(parser.value(testOpt).toDouble(), parser.value(seedOpt).toULongLong());

  if (parser.isSet(exportOpt)) {
    const QStringList size = parser.value(sizeOpt).split('x');
    const int width = size.value(0).toInt(), height = size.value(1).toInt();
    if (width < 50 || height < 50) return fail("--size takes WxH, e.g. 1200x900.");
    // --presentation restyles the figure (larger text, thicker lines) without a window.
    if (parser.isSet(presentOpt)) window.canvas()->setPresentationMode(true);
    if (parser.isSet(compareOpt)) {
      QString message;
      const int code = supex::exportComparison(window, parser.value(compareOpt).toStdString(), parser.value(exportOpt),
                                               width, height, parser.value(scaleOpt).toDouble(), &message);
      if (code != 0) std::fprintf(stderr, "supervised-explorer: %s\n", qPrintable(message));
      return code;
    }
    int code = 0;
    window.canvas()->resize(width, height);
    // A hidden widget gets its resize event only when shown; the plot's
    // viewport must be the export size now, so the view is framed for it.
    window.canvas()->setViewport(QRect(0, 0, width, height));
    window.sessions()->frameView();  // the session's ranges, else the data framed
    window.canvas()->replot(QCustomPlot::rpImmediateRefresh);  // lays out at the export size
    window.exportWhenReady(parser.value(exportOpt), width, height, parser.value(scaleOpt).toDouble(),
                           [&code](const QString& error) {
                             if (!error.isEmpty()) code = failFile(error);
                             QApplication::exit(code);
                           });
    QTimer::singleShot(30000, [] { QApplication::exit(fail("the figure was not ready within 30 s.")); });
    return QApplication::exec();
  }
  window.sessions()->markUnmodified();  // what the command line opened is no unsaved work yet
  QTimer::singleShot(0, &window, [&window] { window.sessions()->offerRecovery(); });  // once the window is up
  window.fitToScreen();
  window.show();
  if (parser.isSet(presentOpt)) window.setPresentationMode(true);
  if (parser.isSet(viewOpt)) {
    QWidget* view = window.views()->findChild<QWidget*>(parser.value(viewOpt));
    if (!view) return fail("no teaching view '" + parser.value(viewOpt) + "'.");
    window.views()->setCurrentWidget(view);
  }
  if (parser.isSet(compareOpt)) {
    const QString problem = supex::showComparison(&window, parser.value(compareOpt).toStdString());
    if (!problem.isEmpty()) return fail(problem);
  }
  return QApplication::exec();
}
