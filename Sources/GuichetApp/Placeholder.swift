// GuichetApp
