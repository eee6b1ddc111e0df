import QomusCore
