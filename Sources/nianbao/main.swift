print("nianbao")
