// GuichetTerminal
