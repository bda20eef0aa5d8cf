// GuichetStore
