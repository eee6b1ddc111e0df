import QomusCLI
Qomus.main()
