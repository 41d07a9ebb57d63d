// supex: the command-line face of the core library (see cli-contract.md).
#include <iostream>

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--version") {
    std::cout << "supex " << SUPEX_VERSION << "\n";
    return 0;
  }
  std::cout << "usage: supex generate|fit|gradcheck ... (see --help)\n";
  return 0;
}
