# Replaces PyInstaller's own run-time hook for multiprocessing (pyi_rth_multiprocessing.py,
# PyInstaller 6.22, Apache-2.0), which imports multiprocessing, subprocess, socket and pickle
# at every start: 10 ms before the window could paint. This one does the same work only in a
# process that multiprocessing started (the export's child, the resource tracker), which the
# arguments tell; the window's process imports multiprocessing when it first exports.


def _pyi_rthook():
    import sys

    argv = sys.argv
    if "-c" not in argv and not any(a.startswith("--multiprocessing-fork") for a in argv):
        return

    import multiprocessing
    import multiprocessing.spawn
    from subprocess import _args_from_interpreter_flags

    multiprocessing.process.ORIGINAL_DIR = None

    def _divert_multiprocessing_helper():
        try:
            command_switch_idx = sys.argv.index("-c")
        except ValueError:
            return
        if set(sys.argv[1:command_switch_idx]) != set(_args_from_interpreter_flags()):
            return
        if len(sys.argv) <= command_switch_idx + 1:
            return
        command = sys.argv[command_switch_idx + 1]
        prefixes = (
            "from multiprocessing.resource_tracker import main",
            "from multiprocessing.forkserver import main",
            "import sys; from multiprocessing.forkserver import main",
        )
        if not command.startswith(prefixes):
            return
        exec(command)
        sys.exit()

    def _freeze_support():
        _divert_multiprocessing_helper()
        if multiprocessing.spawn.is_forking(sys.argv):
            kwds = {}
            for arg in sys.argv[2:]:
                name, value = arg.split("=")
                kwds[name] = None if value == "None" else int(value)
            multiprocessing.spawn.spawn_main(**kwds)
            sys.exit()

    multiprocessing.freeze_support = multiprocessing.spawn.freeze_support = _freeze_support


_pyi_rthook()
del _pyi_rthook
