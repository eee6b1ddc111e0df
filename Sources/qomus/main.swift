import QomusCLI

Qomus.runAsMain()
