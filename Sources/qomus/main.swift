import QomusCLI

Qomus.main()
