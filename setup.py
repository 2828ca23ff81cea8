"""Which files the wheel holds; the rest of the packaging is in pyproject.toml.

- Packages: every folder of site/ (one app each, found without a list: `site/` itself is no package,
  Python has a stdlib module `site`), and blocks/ and workflows/ at the root. Folders are namespace
  packages, so an app's templates/, static/ and locale/ ship as the data of their own folder.
- Data: every file of those folders, except compiled ones.
- The root's themes/ and locale/ are no packages: they go into the config package (config/themes,
  config/locale), where config.settings.env looks when the site is installed.
- Catalogues: .mo files are build output, not in git; every .po of the wheel is compiled here with
  the checks of `manage.py compile_catalogues`, so an installed site never writes into site-packages.
An editable install (`make install`) reads all of this from the checkout, and compiles with `make messages`.
"""

import importlib.util
import shutil
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
NOT_SHIPPED = ["__pycache__", "*.__pycache__"]
SHIPPED_IN_CONFIG = ("themes", "locale")
COMPILER = ROOT / "site" / "core" / "management" / "commands" / "compile_catalogues.py"


def packages_in(folder: Path, package: str = "") -> list[str]:
    """The folder's packages, itself (when named) and every subfolder, Python caches excepted."""
    found = find_namespace_packages(folder, exclude=NOT_SHIPPED)
    return [package, *(f"{package}.{name}" for name in found)] if package else found


SITE_PACKAGES = packages_in(ROOT / "site")
ROOT_PACKAGES = packages_in(ROOT / "blocks", "blocks") + packages_in(ROOT / "workflows", "workflows")


def compile_catalogue():
    """The project's own compiler (Babel), loaded from its file: the build has no settings or apps."""
    spec = importlib.util.spec_from_file_location("khuyenhoc_compile_catalogues", COMPILER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.compile_catalogue


class BuildPy(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return
        build_lib = Path(self.build_lib)
        for name in SHIPPED_IN_CONFIG:
            target = build_lib / "config" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / name, target, ignore=shutil.ignore_patterns(".*", "*.mo", "__pycache__"))
        compile_one = compile_catalogue()
        for po in sorted(build_lib.glob("**/LC_MESSAGES/*.po")):
            compile_one(po)


setup(
    packages=SITE_PACKAGES + ROOT_PACKAGES,
    package_dir={name: f"site/{name}" for name in SITE_PACKAGES if "." not in name},
    package_data={"": ["*"]},
    exclude_package_data={"": ["*.mo", "*.pyc"]},
    cmdclass={"build_py": BuildPy},
)
