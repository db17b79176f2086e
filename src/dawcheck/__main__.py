from dawcheck.cli import main

main()
