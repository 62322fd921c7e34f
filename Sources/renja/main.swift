import RenjaCLI

RenjaCommand.runMain()
