from deseo_desktop.cli import main

raise SystemExit(main())
