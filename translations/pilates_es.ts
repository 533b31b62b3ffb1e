<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Caution: not advised with %1.</source>
        <translation>Precaución: no recomendado con %1.</translation>
    </message>
    <message>
        <source>Take care with: %1.</source>
        <translation>Cuidado con: %1.</translation>
    </message>
    <message>
        <source>You stopped this exercise because it hurt (%1 times).</source>
        <translation>Paraste este ejercicio porque te dolía (%1 veces).</translation>
    </message>
    <message>
        <source>Insert or Enter adds it to the routine; Shift+Enter or a double-click shows its steps.</source>
        <translation>Insert o Intro lo añade a la rutina; Mayús+Intro o un doble clic muestra sus pasos.</translation>
    </message>
    <message>
        <source>Both sides together</source>
        <translation>Ambos lados a la vez</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Cada lado</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Solo el lado izquierdo</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Solo el lado derecho</translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation>Lados alternos</translation>
    </message>
    <message>
        <source>Not advised: %1</source>
        <translation>No recomendado: %1</translation>
    </message>
    <message>
        <source>Hurt %1×</source>
        <translation>Dolió %1×</translation>
    </message>
    <message>
        <source>%1. %2: %3, about %4</source>
        <translation>%1. %2: %3, unos %4</translation>
    </message>
    <message>
        <source>Ctrl+Up/Ctrl+Down move, Ctrl+D duplicates, Delete removes.</source>
        <translation>Ctrl+Arriba/Ctrl+Abajo mueve, Ctrl+D duplica, Supr quita.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pilates Desktop</source>
        <translation>Acerca de Pilates Desktop</translation>
    </message>
    <message>
        <source>A calm Pilates companion for people with back pain.</source>
        <translation>Un compañero tranquilo de Pilates para personas con dolor de espalda.</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Funciona con:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Show your data folder in the file manager</source>
        <translation>Mostrar tu carpeta de datos en el gestor de archivos</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Tus datos:</translation>
    </message>
    <message>
        <source>Licences of the parts it ships with:</source>
        <translation>Licencias de los componentes incluidos:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Every part that is installed with Pilates Desktop</source>
        <translation>Cada componente que se instala con Pilates Desktop</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy these details, for a bug report</source>
        <translation>Copiar estos datos, para un informe de error</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The details were saved to %1.</source>
        <translation>Los detalles se han guardado en %1.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>Pilates Desktop hit an unexpected problem and carried on. What you practised so far is saved.</source>
        <translation>Pilates Desktop se ha encontrado con un problema inesperado y ha seguido funcionando. Lo que has practicado hasta ahora está guardado.</translation>
    </message>
    <message>
        <source>Pilates Desktop</source>
        <translation>Pilates Desktop</translation>
    </message>
    <message>
        <source>Your data folder cannot be used: %1</source>
        <translation>No se puede usar tu carpeta de datos: %1</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>%1 could not be read (%2); pain marks start empty. The file is kept as %3.</source>
        <translation>No se pudo leer %1 (%2); las marcas de dolor empiezan vacías. El archivo se conserva como %3.</translation>
    </message>
</context>
<context>
    <name>BreathCounter</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Respiración %1 de %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Keep breathing</source>
        <translation>Sigue respirando</translation>
    </message>
    <message>
        <source>Breath counter</source>
        <translation>Contador de respiraciones</translation>
    </message>
</context>
<context>
    <name>BuilderCare</name>
    <message>
        <source>Reminders for the programme</source>
        <translation>Recordatorios para el programa</translation>
    </message>
    <message>
        <source>Remind you to practise %1 on %2 at %3? You can change the days and the time in Preferences › Week.</source>
        <translation>¿Quieres que la aplicación te recuerde practicar %1 los %2 a las %3? Puedes cambiar los días y la hora en Preferencias › Semana.</translation>
    </message>
    <message>
        <source>Remind Me on These Days…</source>
        <translation>Recordármelo esos días…</translation>
    </message>
    <message>
        <source>Add reminders for the programme&apos;s days a week</source>
        <translation>Añadir recordatorios para los días por semana del programa</translation>
    </message>
</context>
<context>
    <name>CareService</name>
    <message>
        <source>%1 could not be read (%2); the safety questions will be asked again. The file is kept as %3.</source>
        <translation>No se pudo leer %1 (%2); se volverán a hacer las preguntas de seguridad. El archivo se conserva como %3.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>How is your back this morning?</source>
        <translation>¿Cómo está tu espalda esta mañana?</translation>
    </message>
    <message>
        <source>Compared with before yesterday&apos;s session, your back is:</source>
        <translation>Comparada con antes de la sesión de ayer, tu espalda está:</translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <translation>&amp;Mejor</translation>
    </message>
    <message>
        <source>Better than before the session</source>
        <translation>Mejor que antes de la sesión</translation>
    </message>
    <message>
        <source>The &amp;same</source>
        <translation>&amp;Igual</translation>
    </message>
    <message>
        <source>About the same as before</source>
        <translation>Más o menos igual que antes</translation>
    </message>
    <message>
        <source>&amp;Worse</source>
        <translation>&amp;Peor</translation>
    </message>
    <message>
        <source>Worse than before the session</source>
        <translation>Peor que antes de la sesión</translation>
    </message>
    <message>
        <source>Pain now (optional)</source>
        <translation>Dolor ahora (opcional)</translation>
    </message>
    <message>
        <source>Then your next session of %1 will be a third lighter, with one set fewer, so your back can settle. The app will tell you again when it starts.</source>
        <translation>Entonces tu próxima sesión de %1 será un tercio más ligera, con una serie menos, para que tu espalda se calme. La aplicación te lo recordará cuando empiece.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Keep the answer in your history</source>
        <translation>Guardar la respuesta en tu historial</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Close; the app does not ask again today</source>
        <translation>Cerrar; la aplicación no vuelve a preguntar hoy</translation>
    </message>
</context>
<context>
    <name>ConcernRow</name>
    <message>
        <source>Pain mark cleared.</source>
        <translation>Marca de dolor borrada.</translation>
    </message>
    <message>
        <source>Not advised with knee problems.</source>
        <translation>No recomendado con problemas de rodilla.</translation>
    </message>
    <message>
        <source>Not advised with neck problems.</source>
        <translation>No recomendado con problemas de cuello.</translation>
    </message>
    <message>
        <source>Its gentler variant, %1, is already in this routine, so it is left out.</source>
        <translation>Su variante más suave, %1, ya está en esta rutina, así que se omite.</translation>
    </message>
    <message>
        <source>You stopped %1 because it hurt on %2.</source>
        <translation>Paraste «%1» porque te dolía el %2.</translation>
    </message>
    <message numerus="yes">
        <source>It has hurt %n time(s) so far.</source>
        <translation>
            <numerusform>Hasta ahora ha dolido %n vez.</numerusform>
            <numerusform>Hasta ahora ha dolido %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear mark</source>
        <translation>&amp;Borrar marca</translation>
    </message>
    <message>
        <source>Forget that this exercise hurt</source>
        <translation>Olvidar que este ejercicio dolió</translation>
    </message>
    <message>
        <source>Clear pain mark for %1</source>
        <translation>Borrar la marca de dolor de %1</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Saltarlo</translation>
    </message>
    <message>
        <source>Swap for %1</source>
        <translation>Cambiarlo por %1</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerlo</translation>
    </message>
    <message>
        <source>Leave %1 out of this session</source>
        <translation>Dejar %1 fuera de esta sesión</translation>
    </message>
    <message>
        <source>Do the gentler variant instead of %1</source>
        <translation>Hacer la variante más suave en lugar de %1</translation>
    </message>
    <message>
        <source>Do %1 as planned</source>
        <translation>Hacer %1 según lo previsto</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>QtMultimedia cannot load (%1)</source>
        <translation>no se puede cargar QtMultimedia (%1)</translation>
    </message>
    <message>
        <source>no audio output device</source>
        <translation>no hay ningún dispositivo de salida de audio</translation>
    </message>
    <message>
        <source>QtTextToSpeech cannot load (%1)</source>
        <translation>no se puede cargar QtTextToSpeech (%1)</translation>
    </message>
    <message>
        <source>no speech engine</source>
        <translation>no hay ningún motor de voz</translation>
    </message>
    <message>
        <source>the speech engine reported an error</source>
        <translation>el motor de voz ha informado de un error</translation>
    </message>
    <message>
        <source>no voice for %1</source>
        <translation>no hay voz para %1</translation>
    </message>
    <message>
        <source>Sound is unavailable (%1): the breath counter flashes instead.</source>
        <translation>El sonido no está disponible (%1): en su lugar, el contador de respiraciones parpadea.</translation>
    </message>
    <message>
        <source>The voice is unavailable (%1).</source>
        <translation>La voz no está disponible (%1).</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Prepárate: %1</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Switch to your left side</source>
        <translation>Cambia al lado izquierdo</translation>
    </message>
    <message>
        <source>Switch to your right side</source>
        <translation>Cambia al lado derecho</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Well done. That is the end of the routine.</source>
        <translation>Muy bien. Aquí termina la rutina.</translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <source>{n} pump</source>
        <translation>{n} bombeo</translation>
    </message>
    <message>
        <source>{n} pumps</source>
        <translation>{n} bombeos</translation>
    </message>
    <message>
        <source>{n} rep</source>
        <translation>{n} repetición</translation>
    </message>
    <message>
        <source>{n} reps</source>
        <translation>{n} repeticiones</translation>
    </message>
    <message>
        <source>{n} per side</source>
        <translation>{n} por lado</translation>
    </message>
    <message>
        <source>{n} per leg</source>
        <translation>{n} por pierna</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} series</translation>
    </message>
    <message>
        <source>Hold {n} s</source>
        <translation>Mantén {n} s</translation>
    </message>
    <message>
        <source>Hold {n} s per side</source>
        <translation>Mantén {n} s por lado</translation>
    </message>
    <message>
        <source>Hold {n} s per leg</source>
        <translation>Mantén {n} s por pierna</translation>
    </message>
    <message>
        <source>Hold {n} breath</source>
        <translation>Mantén {n} respiración</translation>
    </message>
    <message>
        <source>Hold {n} breaths</source>
        <translation>Mantén {n} respiraciones</translation>
    </message>
    <message>
        <source>Hold {n} breath per side</source>
        <translation>Mantén {n} respiración por lado</translation>
    </message>
    <message>
        <source>Hold {n} breaths per side</source>
        <translation>Mantén {n} respiraciones por lado</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} veces</translation>
    </message>
    <message>
        <source>Rest {n} s</source>
        <translation>Descanso {n} s</translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation>Derecha, luego izquierda</translation>
    </message>
    <message>
        <source>Alternating</source>
        <translation>Alternando</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Solo el lado izquierdo</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Solo el lado derecho</translation>
    </message>
    <message>
        <source>Both sides together</source>
        <translation>Ambos lados a la vez</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <source>Exercise details: %1</source>
        <translation>Detalles del ejercicio: %1</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Material: %1</translation>
    </message>
    <message>
        <source>Not advised with your health flags: %1.</source>
        <translation>No recomendado según tus datos de salud: %1.</translation>
    </message>
    <message>
        <source>You stopped this exercise because it hurt (%1×). Go gently, or choose a gentler variant.</source>
        <translation>Paraste este ejercicio porque te dolía (%1×). Hazlo con suavidad o elige una variante más suave.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Choose a step to see it (Up and Down keys)</source>
        <translation>Elige un paso para verlo (teclas Arriba y Abajo)</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Movimiento:</translation>
    </message>
    <message>
        <source>Movement through the step</source>
        <translation>Movimiento a lo largo del paso</translation>
    </message>
    <message>
        <source>Drag to move the figure from the start to the end of the step</source>
        <translation>Arrastra para mover la figura del principio al final del paso</translation>
    </message>
    <message>
        <source>(see %1)</source>
        <translation>(ver %1)</translation>
    </message>
    <message>
        <source>Cautions and variants</source>
        <translation>Precauciones y variantes</translation>
    </message>
    <message>
        <source>&amp;Add to Routine</source>
        <translation>&amp;Añadir a la rutina</translation>
    </message>
    <message>
        <source>Add this exercise to the routine being edited</source>
        <translation>Añadir este ejercicio a la rutina que estás editando</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Añadir a la rutina</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>ExercisePainBar</name>
    <message>
        <source>Pain now:</source>
        <translation>Dolor ahora:</translation>
    </message>
    <message>
        <source>Rate your pain during this exercise: type 0-9, or 1 then 0 for 10. Above 5 the exercise stops.</source>
        <translation>Valora tu dolor durante este ejercicio: escribe 0-9, o 1 y luego 0 para 10. Por encima de 5 el ejercicio se detiene.</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Dolor %1 de 10</translation>
    </message>
    <message>
        <source>Pain %1 of 10 (key %2)</source>
        <translation>Dolor %1 de 10 (tecla %2)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>No rating for this exercise</source>
        <translation>Sin valoración para este ejercicio</translation>
    </message>
</context>
<context>
    <name>FlareUpAction</name>
    <message>
        <source>&amp;Flare-up Today</source>
        <translation>&amp;Crisis de dolor hoy</translation>
    </message>
    <message>
        <source>Easier forms, lighter doses and a shorter session, for today only.</source>
        <translation>Formas más fáciles, menos carga y una sesión más corta, solo por hoy.</translation>
    </message>
</context>
<context>
    <name>FlareUpSwitch</name>
    <message>
        <source>I have a &amp;flare-up today</source>
        <translation>&amp;Hoy tengo una crisis de dolor</translation>
    </message>
    <message>
        <source>Flare-up today</source>
        <translation>Crisis de dolor hoy</translation>
    </message>
    <message>
        <source>Easier forms, lighter doses and a shorter session, for today only.</source>
        <translation>Formas más fáciles, menos carga y una sesión más corta, solo por hoy.</translation>
    </message>
    <message>
        <source>Turn on when your back is worse than usual: the same routine with easier forms, lighter doses and a shorter session. It turns itself off tomorrow.</source>
        <translation>Actívalo cuando tu espalda esté peor que de costumbre: la misma rutina con formas más fáciles, menos carga y una sesión más corta. Mañana se desactiva solo.</translation>
    </message>
</context>
<context>
    <name>FocusChart</name>
    <message>
        <source>Upper back</source>
        <translation>Espalda alta</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Hips and glutes</source>
        <translation>Caderas y glúteos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>%1: %2 minutes (%3%)</source>
        <translation>%1: %2 minutos (%3 %)</translation>
    </message>
</context>
<context>
    <name>FocusWindow</name>
    <message>
        <source>Get ready: %1</source>
        <translation>Prepárate: %1</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Switch sides: %1</source>
        <translation>Cambia de lado: %1</translation>
    </message>
    <message>
        <source>Paused — press Space</source>
        <translation>En pausa: pulsa Espacio</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Pilates Desktop — focus mode</source>
        <translation>Pilates Desktop: modo enfoque</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Modo enfoque</translation>
    </message>
    <message>
        <source>Space pause · → next · ← back · R restart · H it hurts · F leave focus mode · Esc stop</source>
        <translation>Espacio pausa · → siguiente · ← atrás · R reiniciar · H me duele · F salir del modo enfoque · Esc parar</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>no es texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>nested {depth} levels deep; the limit is {limit}</source>
        <translation>anidado a {depth} niveles de profundidad; el límite es {limit}</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>no es JSON válido: {problem} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>la clave {key} está repetida</translation>
    </message>
    <message>
        <source>{name} is not allowed in a routine file</source>
        <translation>{name} no está permitido en un archivo de rutina</translation>
    </message>
    <message>
        <source>must be {expected}, got {value}</source>
        <translation>debe ser {expected}, pero es {value}</translation>
    </message>
    <message>
        <source>version {version} is not supported (this app reads {supported}); this file needs a newer Pilates Desktop</source>
        <translation>la versión {version} no es compatible (esta aplicación lee la versión {supported}); para este archivo necesitas una versión más reciente de Pilates Desktop</translation>
    </message>
    <message>
        <source>version {version} is not supported (this app reads {supported})</source>
        <translation>la versión {version} no es compatible (esta aplicación lee la versión {supported})</translation>
    </message>
    <message>
        <source>must be at most {limit} characters, got {length}</source>
        <translation>debe tener como máximo {limit} caracteres, pero tiene {length}</translation>
    </message>
    <message>
        <source>unknown exercise {exercise}</source>
        <translation>ejercicio desconocido {exercise}</translation>
    </message>
    <message>
        <source>unknown exercise {exercise}; did you mean {near}?</source>
        <translation>ejercicio desconocido {exercise}; ¿querías decir {near}?</translation>
    </message>
    <message>
        <source>exercise {exercise} has no {form} form</source>
        <translation>el ejercicio {exercise} no tiene forma «{form}»</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, got {value}</source>
        <translation>debe ser una fecha con el formato AAAA-MM-DD; se recibió {value}</translation>
    </message>
    <message>
        <source>file is {size} bytes; the limit is {limit}</source>
        <translation>el archivo ocupa {size} bytes; el límite es {limit}</translation>
    </message>
    <message>
        <source>{name} is not allowed in this file</source>
        <translation>{name} no está permitido en este archivo</translation>
    </message>
    <message>
        <source>a number of {digits} characters; the limit is {limit}</source>
        <translation>un número de {digits} caracteres; el límite es {limit}</translation>
    </message>
    <message>
        <source>the number {number} is too large</source>
        <translation>el número {number} es demasiado grande</translation>
    </message>
    <message>
        <source>contains a lone surrogate ({code}), which is not valid Unicode text</source>
        <translation>contiene un sustituto suelto ({code}), que no es texto Unicode válido</translation>
    </message>
    <message>
        <source>is not a regular file but {what}</source>
        <translation>no es un archivo normal, sino {what}</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>se esperaba un nombre de campo entre comillas dobles</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>se esperaba el separador &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>se esperaba el separador &apos;,&apos;</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>datos sobrantes</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>carácter de control no válido</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>secuencia de escape con \ no válida</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>secuencia de escape \uXXXX no válida</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>cadena sin cerrar que empieza</translation>
    </message>
    <message>
        <source>must be an object, got {got}</source>
        <translation>debe ser un objeto, pero es {got}</translation>
    </message>
    <message>
        <source>unknown field {field}</source>
        <translation>campo desconocido {field}</translation>
    </message>
    <message>
        <source>missing required field {field}</source>
        <translation>falta el campo obligatorio {field}</translation>
    </message>
    <message>
        <source>must be a non-empty string, got {got}</source>
        <translation>debe ser un texto no vacío, pero es {got}</translation>
    </message>
    <message>
        <source>must be true or false, got {got}</source>
        <translation>debe ser true o false, pero es {got}</translation>
    </message>
    <message>
        <source>must be a whole number, got {got}</source>
        <translation>debe ser un número entero, pero es {got}</translation>
    </message>
    <message>
        <source>must be between {lo} and {hi}, got {value}</source>
        <translation>debe estar entre {lo} y {hi}, pero es {value}</translation>
    </message>
    <message>
        <source>must be a number or a [low, high] pair</source>
        <translation>debe ser un número o un par [mínimo, máximo]</translation>
    </message>
    <message>
        <source>low end {low} is above high end {high}</source>
        <translation>el mínimo {low} es mayor que el máximo {high}</translation>
    </message>
    <message>
        <source>must be a list, got {got}</source>
        <translation>debe ser una lista, pero es {got}</translation>
    </message>
    <message>
        <source>must have at most {limit} entries, got {count}</source>
        <translation>debe tener como máximo {limit} elementos, pero tiene {count}</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {value}</source>
        <translation>debe ser uno de estos valores: {choices}; se encontró {value}</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un valor booleano</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>el número {value}</translation>
    </message>
    <message>
        <source>the string {value}</source>
        <translation>el texto {value}</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <source>has no exercises, so there is nothing to import</source>
        <translation>no contiene ejercicios, así que no hay nada que importar</translation>
    </message>
    <message>
        <source>could not import {file}, nothing was written: {error}</source>
        <translation>no se pudo importar {file}; no se escribió nada: {error}</translation>
    </message>
    <message>
        <source>cannot open the backup: {error}</source>
        <translation>no se puede abrir la copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>the backup is damaged: {problem}</source>
        <translation>la copia de seguridad está dañada: {problem}</translation>
    </message>
    <message>
        <source>the backup comes from a newer version of the app</source>
        <translation>la copia de seguridad es de una versión más reciente de la aplicación</translation>
    </message>
    <message>
        <source>cannot restore the backup: {error}</source>
        <translation>no se puede restaurar la copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>no se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <source>must be {expected}; this is not a Pilates Desktop history export</source>
        <translation>debe ser {expected}; esto no es una exportación del historial de Pilates Desktop</translation>
    </message>
    <message>
        <source>this file is version {version}, from a newer Pilates Desktop; this version reads version {supported}</source>
        <translation>este archivo es de la versión {version}, de un Pilates Desktop más reciente; esta versión lee la versión {supported}</translation>
    </message>
    <message>
        <source>missing key {key}</source>
        <translation>falta la clave {key}</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>clave desconocida {key}</translation>
    </message>
    <message>
        <source>must be a string, got {got}</source>
        <translation>debe ser un texto, pero es {got}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must be at most {limit} characters long</source>
        <translation>debe tener como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>must have at most {limit} entries</source>
        <translation>debe tener como máximo {limit} elementos</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time, got {value}</source>
        <translation>debe ser una fecha y hora ISO 8601, pero es {value}</translation>
    </message>
    <message>
        <source>must include the UTC offset, e.g. +01:00, got {value}</source>
        <translation>debe incluir la diferencia con UTC, p. ej. +01:00, pero es {value}</translation>
    </message>
    <message>
        <source>must be a date in the years {lo} to {hi}, got {value}</source>
        <translation>debe ser una fecha entre los años {lo} y {hi}, pero es {value}</translation>
    </message>
    <message>
        <source>must have a UTC offset within {limit} hours, got {value}</source>
        <translation>debe tener un desfase UTC de como máximo {limit} horas, pero es {value}</translation>
    </message>
    <message>
        <source>must be a UUID, got {value}</source>
        <translation>debe ser un UUID, pero es {value}</translation>
    </message>
    <message>
        <source>session {id} appears twice in the file</source>
        <translation>la sesión {id} aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>must not be before started_at</source>
        <translation>no puede ser anterior a started_at</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>un valor booleano (true/false)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>is in use by another program ({error}); try again when it is closed</source>
        <translation>está siendo usado por otro programa ({error}); inténtalo de nuevo cuando se haya cerrado</translation>
    </message>
    <message>
        <source>cannot be read ({error}); it was left as it is: open Pilates Desktop to keep it aside and restore a backup</source>
        <translation>no se puede leer ({error}); se dejó tal como estaba: abre Pilates Desktop para apartarlo y restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>is not a Pilates Desktop history (another program&apos;s database); it was left as it is</source>
        <translation>no es un historial de Pilates Desktop (es la base de datos de otro programa); se dejó tal como estaba</translation>
    </message>
    <message>
        <source>was written by a newer version of Pilates Desktop (schema {version})</source>
        <translation>lo escribió una versión más reciente de Pilates Desktop (esquema {version})</translation>
    </message>
    <message>
        <source>a session is being recorded; restore the backup after it ends</source>
        <translation>se está registrando una sesión; restaura la copia de seguridad cuando termine</translation>
    </message>
    <message>
        <source>the history file cannot be written just now ({error}); nothing was changed</source>
        <translation>ahora mismo no se puede escribir el archivo del historial ({error}); no se ha cambiado nada</translation>
    </message>
    <message>
        <source>no sync folder is set; choose one with: sync --folder DIR</source>
        <translation>no hay carpeta de sincronización; elige una con: sync --folder CARPETA</translation>
    </message>
    <message>
        <source>written by a newer Pilates Desktop (sync format {version}; this one reads up to {supported}); update Pilates Desktop on this computer, nothing was changed</source>
        <translation>escrito por un Pilates Desktop más reciente (formato de sincronización {version}; esta versión lee hasta {supported}); actualiza Pilates Desktop en este ordenador, no se ha cambiado nada</translation>
    </message>
    <message>
        <source>line {line}: {problem}; nothing was changed</source>
        <translation>línea {line}: {problem}; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>{key} must be {expected}, got {value}</source>
        <translation>{key} debe ser {expected}, pero es {value}</translation>
    </message>
    <message>
        <source>not a Pilates Desktop sync file ({expected})</source>
        <translation>no es un archivo de sincronización de Pilates Desktop ({expected})</translation>
    </message>
    <message>
        <source>unknown kind of record {kind}</source>
        <translation>tipo de registro desconocido {kind}</translation>
    </message>
    <message>
        <source>cannot read: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <source>cannot write: {error}; nothing was lost</source>
        <translation>no se puede escribir: {error}; no se ha perdido nada</translation>
    </message>
    <message>
        <source>the sync folder does not exist or is not a folder</source>
        <translation>la carpeta de sincronización no existe o no es una carpeta</translation>
    </message>
    <message>
        <source>the sync folder and the app&apos;s data folder overlap; the history database must never be in a synced folder, choose another folder</source>
        <translation>la carpeta de sincronización y la carpeta de datos de la aplicación se solapan; la base de datos del historial nunca debe estar en una carpeta sincronizada, elige otra carpeta</translation>
    </message>
    <message>
        <source>ends in an incomplete record (still being synced?); read up to its last whole record</source>
        <translation>termina en un registro incompleto (¿aún se está sincronizando?); leído hasta su último registro completo</translation>
    </message>
    <message>
        <source>the sync state cannot be read ({problem}); it is rebuilt from the folder</source>
        <translation>el estado de sincronización no se puede leer ({problem}); se reconstruye a partir de la carpeta</translation>
    </message>
    <message>
        <source>a hexadecimal id</source>
        <translation>un identificador hexadecimal</translation>
    </message>
    <message>
        <source>a UTC time like 2024-05-01T09:30:00.000000Z</source>
        <translation>una hora UTC como 2024-05-01T09:30:00.000000Z</translation>
    </message>
    <message>
        <source>&quot;put&quot; or &quot;del&quot;</source>
        <translation>&quot;put&quot; o &quot;del&quot;</translation>
    </message>
    <message>
        <source>an id of 1 to 200 characters</source>
        <translation>un identificador de 1 a 200 caracteres</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Export History as JSON…</source>
        <translation>Exportar historial como JSON…</translation>
    </message>
    <message>
        <source>Save every session with its exercises, to keep or to move to another computer</source>
        <translation>Guardar todas las sesiones con sus ejercicios, para conservarlas o pasarlas a otro ordenador</translation>
    </message>
    <message>
        <source>Export History as CSV…</source>
        <translation>Exportar historial como CSV…</translation>
    </message>
    <message>
        <source>One row per session, for a spreadsheet</source>
        <translation>Una fila por sesión, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Import History…</source>
        <translation>Importar historial…</translation>
    </message>
    <message>
        <source>Merge a JSON export; sessions you already have are not added twice</source>
        <translation>Combinar una exportación JSON; las sesiones que ya tienes no se añaden dos veces</translation>
    </message>
    <message>
        <source>Export and Import</source>
        <translation>Exportar e importar</translation>
    </message>
    <message>
        <source>Restore Automatic Backup…</source>
        <translation>Restaurar copia de seguridad automática…</translation>
    </message>
    <message>
        <source>Go back to the newest daily backup; sessions recorded since are kept</source>
        <translation>Volver a la copia diaria más reciente; se conservan las sesiones registradas desde entonces</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Todavía no hay copia de seguridad</translation>
    </message>
    <message>
        <source>There is no automatic backup in %1 yet. One is made on the first start of each day.</source>
        <translation>Todavía no hay ninguna copia de seguridad automática en %1. Se hace una la primera vez que abres la aplicación cada día.</translation>
    </message>
    <message>
        <source>Restore the automatic backup of %1?

Your history goes back to that day. Sessions recorded since then are kept.</source>
        <translation>¿Restaurar la copia de seguridad automática del %1?

Tu historial vuelve a ese día. Se conservan las sesiones registradas desde entonces.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <source>Restore after the routine</source>
        <translation>Restaurar al terminar la rutina</translation>
    </message>
    <message>
        <source>A routine is being recorded now. The backup of %1 is restored as soon as it ends.</source>
        <translation>Ahora se está registrando una rutina. La copia de seguridad del %1 se restaura en cuanto termine.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message numerus="yes">
        <source>Your history has %n session(s) again.</source>
        <translation>
            <numerusform>Tu historial vuelve a tener %n sesión.</numerusform>
            <numerusform>Tu historial vuelve a tener %n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Importar historial</translation>
    </message>
    <message>
        <source>History exports (*.json)</source>
        <translation>Exportaciones del historial (*.json)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>No se pudo importar</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing was changed.

%2</source>
        <translation>%1 no se ha importado y no se ha cambiado nada.

%2</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added from %1.</source>
        <translation>
            <numerusform>%n sesión añadida desde %1.</numerusform>
            <numerusform>%n sesiones añadidas desde %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryService</name>
    <message>
        <source>%1 is in use by another program. Your practice is kept and saved to it as soon as it is free.</source>
        <translation>%1 está siendo usado por otro programa. Tu práctica se conserva y se guardará en cuanto esté libre.</translation>
    </message>
    <message>
        <source>%1 belongs to another program and was left as it is. This run&apos;s practice is kept until you quit; choose another data folder to keep it.</source>
        <translation>%1 pertenece a otro programa y se dejó tal como estaba. La práctica de esta sesión se conserva hasta que cierres la aplicación; elige otra carpeta de datos para guardarla.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Rou&amp;tine:</source>
        <translation>R&amp;utina:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Última semana</numerusform>
            <numerusform>Últimas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>How many weeks the charts and the list cover</source>
        <translation>Cuántas semanas abarcan los gráficos y la lista</translation>
    </message>
    <message>
        <source>Show only the sessions of one routine</source>
        <translation>Mostrar solo las sesiones de una rutina</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>Practice history</source>
        <translation>Historial de práctica</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the history (Esc)</source>
        <translation>Cerrar el historial (Esc)</translation>
    </message>
    <message>
        <source>No sessions yet. When you finish or stop a routine, it appears here, week by week.</source>
        <translation>Todavía no hay sesiones. Cuando termines o pares una rutina, aparecerá aquí, semana a semana.</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Todas las rutinas</translation>
    </message>
    <message numerus="yes">
        <source>Your history has %n session(s) again.</source>
        <translation>
            <numerusform>Tu historial vuelve a tener %n sesión.</numerusform>
            <numerusform>Tu historial vuelve a tener %n sesiones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdlePanel</name>
    <message>
        <source>Choose a routine</source>
        <translation>Elige una rutina</translation>
    </message>
    <message>
        <source>Pick a routine on the left, then press Start. Put the screen where you can see it from your mat.</source>
        <translation>Elige una rutina a la izquierda y pulsa Empezar. Coloca la pantalla donde puedas verla desde tu esterilla.</translation>
    </message>
    <message>
        <source>No exercises yet. Add some from the library: double-click one, press Insert, or drag it into the playlist.</source>
        <translation>Todavía no hay ejercicios. Añade algunos desde la biblioteca: haz doble clic en uno, pulsa Insert o arrástralo a la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleSource</name>
    <message>
        <source>Windows did not answer</source>
        <translation>Windows no respondió</translation>
    </message>
    <message>
        <source>macOS did not answer</source>
        <translation>macOS no respondió</translation>
    </message>
    <message>
        <source>on Wayland only GNOME tells apps this</source>
        <translation>en Wayland solo GNOME lo indica a las aplicaciones</translation>
    </message>
    <message>
        <source>no desktop session to ask</source>
        <translation>no hay sesión de escritorio a la que preguntar</translation>
    </message>
    <message>
        <source>the X server has no screen-saver extension</source>
        <translation>el servidor X no tiene la extensión de salvapantallas</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&amp;Repeat (%1–%2):</source>
        <translation>&amp;Repetir (%1–%2):</translation>
    </message>
    <message>
        <source>&amp;Reps (%1–%2):</source>
        <translation>&amp;Repeticiones (%1–%2):</translation>
    </message>
    <message>
        <source>S&amp;ets (%1–%2):</source>
        <translation>S&amp;eries (%1–%2):</translation>
    </message>
    <message>
        <source>&amp;Hold (%1–%2 s):</source>
        <translation>&amp;Mantener (%1–%2 s):</translation>
    </message>
    <message>
        <source>&amp;Hold (%1–%2 breaths):</source>
        <translation>&amp;Mantener (%1–%2 respiraciones):</translation>
    </message>
    <message>
        <source>&amp;Pumps (%1–%2):</source>
        <translation>&amp;Bombeos (%1–%2):</translation>
    </message>
    <message>
        <source>Rest &amp;after (%1–%2 s):</source>
        <translation>&amp;Descanso después (%1–%2 s):</translation>
    </message>
    <message>
        <source>Dosage of the selected exercise</source>
        <translation>Dosis del ejercicio seleccionado</translation>
    </message>
    <message>
        <source>Item editor</source>
        <translation>Editor del ejercicio</translation>
    </message>
    <message>
        <source>Between %1 and %2. Step below %1 to use the exercise&apos;s default.</source>
        <translation>Entre %1 y %2. Baja de %1 para usar el valor predeterminado del ejercicio.</translation>
    </message>
    <message>
        <source>&amp;Sides:</source>
        <translation>&amp;Lados:</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Which side or sides to work</source>
        <translation>Qué lado o lados trabajar</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s own dosage again</source>
        <translation>Volver a usar la dosis propia del ejercicio</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Show &amp;Steps…</source>
        <translation>Mostrar &amp;pasos…</translation>
    </message>
    <message>
        <source>Show the exercise&apos;s steps and cautions</source>
        <translation>Mostrar los pasos y las precauciones del ejercicio</translation>
    </message>
    <message>
        <source>Show the exercise&apos;s steps</source>
        <translation>Mostrar los pasos del ejercicio</translation>
    </message>
    <message>
        <source>Estimated time ≈ %1</source>
        <translation>Tiempo estimado ≈ %1</translation>
    </message>
    <message>
        <source>Select one exercise in the routine to change its reps, holds, sides and rest.</source>
        <translation>Selecciona un ejercicio de la rutina para cambiar sus repeticiones, tiempos, lados y descanso.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — empty fields use the exercise&apos;s defaults.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: los campos vacíos usan los valores predeterminados del ejercicio.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Predeterminado (%1)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Upper back</source>
        <translation>Espalda alta</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Hips and glutes</source>
        <translation>Caderas y glúteos</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>Boca arriba</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Boca abajo</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>De lado</translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation>A cuatro patas</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>De rodillas</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Principiante</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Esterilla</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Soft ball</source>
        <translation>Pelota blanda</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Blanket</source>
        <translation>Manta</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Banda elástica</translation>
    </message>
    <message>
        <source>Pilates ring</source>
        <translation>Aro de pilates</translation>
    </message>
    <message>
        <source>Knee problems</source>
        <translation>Problemas de rodilla</translation>
    </message>
    <message>
        <source>Neck problems</source>
        <translation>Problemas de cuello</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Cada lado</translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation>Lados alternos</translation>
    </message>
    <message>
        <source>Both sides together</source>
        <translation>Ambos lados a la vez</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation>Bombeos</translation>
    </message>
    <message>
        <source>Gentler</source>
        <translation>Más suave</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Progresión</translation>
    </message>
</context>
<context>
    <name>LibraryDelegate</name>
    <message>
        <source>Hurt %1×</source>
        <translation>Dolió %1×</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>Search name, summary or focus (Ctrl+F)</source>
        <translation>Buscar por nombre, resumen o zona (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Type words from the name, summary or focus area (Ctrl+F). Down or Enter goes to the results.</source>
        <translation>Escribe palabras del nombre, el resumen o la zona (Ctrl+F). Abajo o Intro lleva a los resultados.</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Posición:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>E&amp;quipment:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <source>&amp;Cautions:</source>
        <translation>&amp;Precauciones:</translation>
    </message>
    <message>
        <source>Any focus</source>
        <translation>Cualquier zona</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Cualquier posición</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Cualquier material</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Suits my health flags</source>
        <translation>Adecuado para mí</translation>
    </message>
    <message>
        <source>No knee caution</source>
        <translation>Sin aviso de rodilla</translation>
    </message>
    <message>
        <source>No neck caution</source>
        <translation>Sin aviso de cuello</translation>
    </message>
    <message>
        <source>No cautions at all</source>
        <translation>Sin precauciones</translation>
    </message>
    <message>
        <source>Filter by focus area</source>
        <translation>Filtrar por zona</translation>
    </message>
    <message>
        <source>Filter by starting position</source>
        <translation>Filtrar por posición inicial</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>Filtrar por nivel</translation>
    </message>
    <message>
        <source>Filter by equipment</source>
        <translation>Filtrar por material</translation>
    </message>
    <message>
        <source>Filter by caution</source>
        <translation>Filtrar por precaución</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Insert or Enter adds the selected exercises to the routine; Shift+Enter or a double-click shows the exercise&apos;s steps. Drag to place them in the routine.</source>
        <translation>Insert o Intro añade los ejercicios seleccionados a la rutina; Mayús+Intro o un doble clic muestra los pasos del ejercicio. Arrástralos para colocarlos en la rutina.</translation>
    </message>
    <message>
        <source>&amp;Add to Routine</source>
        <translation>&amp;Añadir a la rutina</translation>
    </message>
    <message>
        <source>Add the selected exercises to the routine (Insert or Enter). Shift+Enter shows the steps.</source>
        <translation>Añadir los ejercicios seleccionados a la rutina (Insert o Intro). Mayús+Intro muestra los pasos.</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Añadir a la rutina</translation>
    </message>
    <message>
        <source>%1 of %2 exercises</source>
        <translation>%1 de %2 ejercicios</translation>
    </message>
</context>
<context>
    <name>LighterSession</name>
    <message>
        <source>A lighter session today</source>
        <translation>Hoy, una sesión más ligera</translation>
    </message>
    <message>
        <source>On %1 your back was worse than before the session the day before. So that it can settle, this session of %2 is a third lighter, with one set fewer. The usual dose comes back after it.</source>
        <translation>El %1 tu espalda estaba peor que antes de la sesión del día anterior. Para que se calme, esta sesión de %2 es un tercio más ligera, con una serie menos. Después vuelve la dosis habitual.</translation>
    </message>
    <message>
        <source>Lighter Session</source>
        <translation>Sesión más ligera</translation>
    </message>
    <message>
        <source>Usual Dose</source>
        <translation>Dosis habitual</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stop the routine?</source>
        <translation>¿Parar la rutina?</translation>
    </message>
    <message>
        <source>Stop the routine here? What you did so far is saved.</source>
        <translation>¿Parar la rutina aquí? Lo que has hecho hasta ahora está guardado.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>%1 would take about %2 hours. A routine can last at most %3 hours: remove exercises or lower their doses.</source>
        <translation>%1 duraría unas %2 horas. Una rutina puede durar como máximo %3 horas: quita ejercicios o reduce sus dosis.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Salir del modo enfoque</translation>
    </message>
    <message>
        <source>Could not save to %1 just now; your practice is kept and saved again soon.</source>
        <translation>Ahora mismo no se ha podido guardar en %1; tu práctica se conserva y se volverá a guardar en breve.</translation>
    </message>
    <message>
        <source>Your practice history is saved again.</source>
        <translation>Tu historial de práctica vuelve a guardarse.</translation>
    </message>
    <message>
        <source>%1 cannot be written: this run&apos;s sessions are kept until you quit.</source>
        <translation>No se puede escribir en %1: las sesiones de esta ejecución se conservan hasta que salgas.</translation>
    </message>
    <message>
        <source>The history file could not be read; it was kept as %1 and a fresh one started.</source>
        <translation>No se ha podido leer el archivo del historial; se ha conservado como %1 y se ha empezado uno nuevo.</translation>
    </message>
    <message>
        <source>The history came from a newer version; it was kept as %1 and a fresh one started.</source>
        <translation>El historial procede de una versión más reciente; se ha conservado como %1 y se ha empezado uno nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) cut short last time were saved as interrupted.</source>
        <translation>
            <numerusform>%n sesión que quedó a medias la última vez se guardó como interrumpida.</numerusform>
            <numerusform>%n sesiones que quedaron a medias la última vez se guardaron como interrumpidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily backup to %1 could not be made (%2).</source>
        <translation>No se pudo hacer la copia de seguridad diaria en %1 (%2).</translation>
    </message>
    <message>
        <source>About Pilates Desktop</source>
        <translation>Acerca de Pilates Desktop</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>Routine Too Long</source>
        <translation>Rutina demasiado larga</translation>
    </message>
    <message>
        <source>Pilates Desktop</source>
        <translation>Pilates Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Rutina</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Empezar rutina</translation>
    </message>
    <message>
        <source>Start the selected routine</source>
        <translation>Empezar la rutina seleccionada</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Pilates Desktop</source>
        <translation>Salir de Pilates Desktop</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Pace, cues, look, health</source>
        <translation>Ritmo, avisos, aspecto, salud</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Mostrar &amp;historial</translation>
    </message>
    <message>
        <source>Your practice over time</source>
        <translation>Tu práctica a lo largo del tiempo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>All keys of the player</source>
        <translation>Todas las teclas del reproductor</translation>
    </message>
    <message>
        <source>Welcome and &amp;safety</source>
        <translation>Bienvenida y &amp;seguridad</translation>
    </message>
    <message>
        <source>How to practise safely; your health questions</source>
        <translation>Cómo practicar con seguridad; tus preguntas de salud</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Routines, playlist and player</source>
        <translation>Rutinas, lista de ejercicios y reproductor</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>A routine is already playing; stop it first to start another.</source>
        <translation>Ya se está reproduciendo una rutina; párala antes de empezar otra.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Practice per week</source>
        <translation>Práctica por semana</translation>
    </message>
    <message>
        <source>Pain before and after, weekly average</source>
        <translation>Dolor antes y después, media semanal</translation>
    </message>
    <message>
        <source>Minutes and sessions per week</source>
        <translation>Minutos y sesiones por semana</translation>
    </message>
    <message>
        <source>Time per focus area</source>
        <translation>Tiempo por zona</translation>
    </message>
    <message>
        <source>Practice days in the last year</source>
        <translation>Días de práctica en el último año</translation>
    </message>
    <message>
        <source>minutes, goal met</source>
        <translation>minutos, objetivo cumplido</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>sessions, goal met</source>
        <translation>sesiones, objetivo cumplido</translation>
    </message>
    <message>
        <source>minutes (right axis)</source>
        <translation>minutos (eje derecho)</translation>
    </message>
    <message>
        <source>sessions (right axis)</source>
        <translation>sesiones (eje derecho)</translation>
    </message>
    <message>
        <source>desk breaks</source>
        <translation>pausas activas</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
</context>
<context>
    <name>PainBeforeDialog</name>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>How does your back feel right now?</source>
        <translation>¿Cómo notas la espalda ahora mismo?</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = the worst pain you can imagine. Type the number (1 then 0 for 10) and the routine starts; Enter starts without a rating, Esc does not start.</source>
        <translation>0 = sin dolor, 10 = el peor dolor que puedas imaginar. Escribe el número (1 y luego 0 para 10) y la rutina empieza; Intro empieza sin valoración, Esc no empieza.</translation>
    </message>
    <message>
        <source>Start Without Rating</source>
        <translation>Empezar sin valorar</translation>
    </message>
    <message>
        <source>Start the routine and leave the pain unrated (Enter)</source>
        <translation>Empezar la rutina sin valorar el dolor (Intro)</translation>
    </message>
    <message>
        <source>Do not start the routine (Esc)</source>
        <translation>No empezar la rutina (Esc)</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>pain 0–10</source>
        <translation>dolor 0–10</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Pain before: %1</source>
        <translation>Dolor antes: %1</translation>
    </message>
    <message>
        <source>Pain after: %1</source>
        <translation>Dolor después: %1</translation>
    </message>
</context>
<context>
    <name>PainDelegate</name>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Pain rating from 0 to 10</source>
        <translation>Valoración del dolor de 0 a 10</translation>
    </message>
</context>
<context>
    <name>PainRating</name>
    <message>
        <source>How does your back feel right now? (optional)</source>
        <translation>¿Cómo notas la espalda ahora mismo? (opcional)</translation>
    </message>
    <message>
        <source>0 = no pain · 10 = the worst pain you can imagine</source>
        <translation>0 = sin dolor · 10 = el peor dolor que puedas imaginar</translation>
    </message>
    <message>
        <source>Pain rating from 0 to 10</source>
        <translation>Valoración del dolor de 0 a 10</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Dolor %1 de 10</translation>
    </message>
    <message>
        <source>Rate your pain %1 of 10</source>
        <translation>Valorar tu dolor con %1 de 10</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain:</source>
        <translation>Dolor:</translation>
    </message>
    <message>
        <source>Your back pain now: type 0-9, or 1 then 0 for 10</source>
        <translation>Tu dolor de espalda ahora: escribe 0-9, o 1 y luego 0 para 10</translation>
    </message>
</context>
<context>
    <name>PlayerActions</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause or resume the routine</source>
        <translation>Pausar o reanudar la rutina</translation>
    </message>
    <message>
        <source>Resume the routine</source>
        <translation>Reanudar la rutina</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation>Pausar la rutina</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Go to the next part</source>
        <translation>Ir a la parte siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back to the previous part</source>
        <translation>Volver a la parte anterior</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Reiniciar parte</translation>
    </message>
    <message>
        <source>Start this part again</source>
        <translation>Empezar de nuevo esta parte</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Parar la rutina</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Modo enfoque</translation>
    </message>
    <message>
        <source>Full screen with large type</source>
        <translation>Pantalla completa con letra grande</translation>
    </message>
    <message>
        <source>Stop — it hurts</source>
        <translation>Parar: me duele</translation>
    </message>
    <message>
        <source>Stop at once and mark this exercise</source>
        <translation>Parar ahora mismo y marcar este ejercicio</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>segundos restantes</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restante</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Move into the starting position.</source>
        <translation>Colócate en la posición inicial.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Breathe easily and let your body soften.</source>
        <translation>Respira con calma y deja que el cuerpo se relaje.</translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Last exercise: you are nearly done.</source>
        <translation>Último ejercicio: ya casi has terminado.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Turn to your left side.</source>
        <translation>Gírate hacia el lado izquierdo.</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Turn to your right side.</source>
        <translation>Gírate hacia el lado derecho.</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Alternate sides</source>
        <translation>Alterna los lados</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Serie %1 de %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <source>Pump %1 of %2</source>
        <translation>Bombeo %1 de %2</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Respiración %1 de %2</translation>
    </message>
    <message>
        <source>Hold for %1 s</source>
        <translation>Mantén %1 s</translation>
    </message>
    <message>
        <source>Routine player</source>
        <translation>Reproductor de rutinas</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>Seconds left in this part</source>
        <translation>Segundos que quedan de esta parte</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Tiempo que queda de la rutina</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Ejercicio siguiente</translation>
    </message>
</context>
<context>
    <name>PlaylistEditor</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play the whole routine (Ctrl+P)</source>
        <translation>Reproducir toda la rutina (Ctrl+P)</translation>
    </message>
    <message>
        <source>Play routine</source>
        <translation>Reproducir rutina</translation>
    </message>
    <message>
        <source>Play from Here</source>
        <translation>Reproducir desde aquí</translation>
    </message>
    <message>
        <source>Start the routine at the selected exercise (Ctrl+Shift+P)</source>
        <translation>Empezar la rutina en el ejercicio seleccionado (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Play from the selected exercise</source>
        <translation>Reproducir desde el ejercicio seleccionado</translation>
    </message>
    <message>
        <source>Routine exercises</source>
        <translation>Ejercicios de la rutina</translation>
    </message>
    <message>
        <source>Drop exercises here from the library. Ctrl+Up and Ctrl+Down move the selected exercises, Ctrl+D duplicates, Delete removes, Enter edits the dosage.</source>
        <translation>Suelta aquí ejercicios de la biblioteca. Ctrl+Arriba y Ctrl+Abajo mueven los ejercicios seleccionados, Ctrl+D duplica, Supr quita e Intro edita la dosis.</translation>
    </message>
    <message>
        <source>Drag to reorder. Ctrl+Up/Ctrl+Down move, Ctrl+D duplicates, Delete removes, Enter edits the dosage.</source>
        <translation>Arrastra para reordenar. Ctrl+Arriba/Ctrl+Abajo mueve, Ctrl+D duplica, Supr quita, Intro edita la dosis.</translation>
    </message>
    <message>
        <source>This routine is empty.
Drag exercises here from the library, or select one there and press Insert.</source>
        <translation>Esta rutina está vacía.
Arrastra aquí ejercicios de la biblioteca, o selecciona uno allí y pulsa Insert.</translation>
    </message>
    <message>
        <source>Estimated routine time</source>
        <translation>Duración estimada de la rutina</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation>No hay ninguna rutina seleccionada</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in, read-only</source>
        <translation>incluida, solo lectura</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Editing one offers to make your own copy.</source>
        <translation>Las rutinas incluidas no se pueden cambiar. Al editar una, se te ofrece hacer tu propia copia.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Get ready before each exercise:</source>
        <translation>Preparación antes de cada ejercicio:</translation>
    </message>
    <message>
        <source>Rest after each exercise:</source>
        <translation>Descanso después de cada ejercicio:</translation>
    </message>
    <message>
        <source>Time to switch sides:</source>
        <translation>Tiempo para cambiar de lado:</translation>
    </message>
    <message>
        <source>Time per repetition:</source>
        <translation>Tiempo por repetición:</translation>
    </message>
    <message>
        <source>Breathe &amp;in for:</source>
        <translation>Inspirar &amp;durante:</translation>
    </message>
    <message>
        <source>Breathe &amp;out for:</source>
        <translation>Espirar duran&amp;te:</translation>
    </message>
    <message>
        <source>Cou&amp;nt:</source>
        <translation>&amp;Contar en:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sessions a wee&amp;k:</source>
        <translation>Sesi&amp;ones por semana:</translation>
    </message>
    <message>
        <source>&amp;Minutes a week:</source>
        <translation>&amp;Minutos por semana:</translation>
    </message>
    <message>
        <source>Weeks &amp;start on:</source>
        <translation>La semana empie&amp;za el:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sound &amp;volume:</source>
        <translation>&amp;Volumen del sonido:</translation>
    </message>
    <message>
        <source>Voice vo&amp;lume:</source>
        <translation>Vo&amp;lumen de la voz:</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>V&amp;oz:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Player te&amp;xt size:</source>
        <translation>Tamaño del te&amp;xto del reproductor:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Flare-up session at &amp;most:</source>
        <translation>Sesión con crisis, como &amp;máximo:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminada del sistema</translation>
    </message>
    <message numerus="yes">
        <source>%1 — hurt %n time(s), last on %2</source>
        <translation>
            <numerusform>%1: dolió %n vez, el %2</numerusform>
            <numerusform>%1: dolió %n veces, la última el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No pain marks. Exercises you stop with “Stop — it hurts” appear here.</source>
        <translation>No hay marcas de dolor. Aquí aparecen los ejercicios que paras con «Parar: me duele».</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Práctica</translation>
    </message>
    <message>
        <source>&amp;Cues</source>
        <translation>&amp;Avisos</translation>
    </message>
    <message>
        <source>&amp;Appearance and Language</source>
        <translation>Aspecto e &amp;idioma</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Salud</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>S&amp;emana</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Si&amp;ncronización</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Breath pace</source>
        <translation>Ritmo de la respiración</translation>
    </message>
    <message>
        <source>The ring shows the pace: it grows as you breathe in and shrinks as you breathe out. Slow and even is the aim.</source>
        <translation>El anillo marca el ritmo: crece al inspirar y se encoge al espirar. La idea es respirar despacio y de forma regular.</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>As the system: %1</source>
        <translation>Como el sistema: %1</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <source>Play &amp;sounds for each new part and the last seconds</source>
        <translation>Reproducir sonidos en ca&amp;da parte nueva y en los últimos segundos</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Speak the &amp;exercise names and breath cues</source>
        <translation>De&amp;cir en voz alta los nombres de los ejercicios y los avisos de respiración</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Aspecto e idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>The language changes at once, including the exercise instructions.</source>
        <translation>El idioma cambia al instante, también en las instrucciones de los ejercicios.</translation>
    </message>
    <message>
        <source>Your health</source>
        <translation>Tu salud</translation>
    </message>
    <message>
        <source>Exercises that are not advised with these problems are marked, and a gentler choice is offered before a session starts.</source>
        <translation>Los ejercicios no recomendados con estos problemas se marcan y, antes de empezar cada sesión, se ofrece una opción más suave.</translation>
    </message>
    <message>
        <source>I have &amp;knee problems</source>
        <translation>Tengo problemas de r&amp;odilla</translation>
    </message>
    <message>
        <source>I have &amp;neck (cervical spine) problems</source>
        <translation>Tengo problemas de &amp;cuello (columna cervical)</translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation>Crisis de dolor</translation>
    </message>
    <message>
        <source>Exercises that hurt</source>
        <translation>Ejercicios que dolieron</translation>
    </message>
    <message>
        <source>C&amp;lear Mark</source>
        <translation>&amp;Borrar marca</translation>
    </message>
    <message>
        <source>Show the Welcome A&amp;gain</source>
        <translation>Mostrar otra &amp;vez la bienvenida</translation>
    </message>
    <message>
        <source>Answer the Safety &amp;Questions Again…</source>
        <translation>Responder otra vez las pre&amp;guntas de seguridad…</translation>
    </message>
    <message>
        <source>The questions about signs that need a doctor before you practise; asked every 3 months</source>
        <translation>Las preguntas sobre signos que requieren un médico antes de practicar; se hacen cada 3 meses</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Loudness of the cue sounds, 0 to 100 percent</source>
        <translation>Volumen de los sonidos de aviso, de 0 a 100 por ciento</translation>
    </message>
    <message>
        <source>Loudness of the voice, 0 to 100 percent</source>
        <translation>Volumen de la voz, de 0 a 100 por ciento</translation>
    </message>
    <message>
        <source>Which installed voice speaks the cues</source>
        <translation>Qué voz instalada dice los avisos</translation>
    </message>
    <message>
        <source>Light, dark, or the same as your desktop</source>
        <translation>Claro, oscuro o igual que tu escritorio</translation>
    </message>
    <message>
        <source>Size of the text in the player and on the step cards</source>
        <translation>Tamaño del texto en el reproductor y en las fichas de pasos</translation>
    </message>
    <message>
        <source>Language of the menus and the exercise instructions</source>
        <translation>Idioma de los menús y de las instrucciones de los ejercicios</translation>
    </message>
    <message>
        <source>Count your weekly goal in sessions or in minutes</source>
        <translation>Contar el objetivo semanal en sesiones o en minutos</translation>
    </message>
    <message>
        <source>The day your weeks start on, for the weekly goal and the streak in History</source>
        <translation>El día en que empiezan tus semanas, para el objetivo semanal y la racha del historial</translation>
    </message>
    <message>
        <source>Exercises you stopped because they hurt</source>
        <translation>Ejercicios que paraste porque te dolían</translation>
    </message>
    <message>
        <source>Pain marks</source>
        <translation>Marcas de dolor</translation>
    </message>
    <message>
        <source>Knee problems</source>
        <translation>Problemas de rodilla</translation>
    </message>
    <message>
        <source>Neck problems</source>
        <translation>Problemas de cuello</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>Clear pain mark</source>
        <translation>Borrar marca de dolor</translation>
    </message>
    <message>
        <source>Forget that the selected exercise hurt</source>
        <translation>Olvidar que el ejercicio seleccionado dolió</translation>
    </message>
    <message>
        <source>Show the welcome again</source>
        <translation>Mostrar otra vez la bienvenida</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Put every setting on this page back to its default</source>
        <translation>Devolver todos los ajustes de esta página a su valor predeterminado</translation>
    </message>
    <message>
        <source>Changes are already saved (Esc)</source>
        <translation>Los cambios ya están guardados (Esc)</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Páginas de preferencias</translation>
    </message>
    <message>
        <source>Preview of the breath pace</source>
        <translation>Vista previa del ritmo de respiración</translation>
    </message>
</context>
<context>
    <name>PrescriptionView</name>
    <message>
        <source>Programme from %1:</source>
        <translation>Programa de %1:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>%1 days a week for %2 weeks</source>
        <translation>%1 días por semana durante %2 semanas</translation>
    </message>
    <message>
        <source>Week %1 of %2: practised on %3 of %4 days.</source>
        <translation>Semana %1 de %2: practicado %3 de %4 días.</translation>
    </message>
    <message>
        <source>It starts with your first session.</source>
        <translation>Empieza con tu primera sesión.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTree</name>
    <message>
        <source>%1 days a week for %2 weeks</source>
        <translation>%1 días por semana durante %2 semanas</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>starts with your first session</source>
        <translation>empieza con tu primera sesión</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 de %2 días</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Semana %1 de %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <source>&amp;Programmes</source>
        <translation>&amp;Programas</translation>
    </message>
    <message>
        <source>Routine and week</source>
        <translation>Rutina y semana</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Practised</source>
        <translation>Practicado</translation>
    </message>
    <message>
        <source>Kept to</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Days you practised each routine from your physiotherapist, against the days a week the programme asks for</source>
        <translation>Los días que practicaste cada rutina de tu fisioterapeuta, frente a los días por semana que pide el programa</translation>
    </message>
</context>
<context>
    <name>RedFlagDialog</name>
    <message>
        <source>Before you practise: a safety check</source>
        <translation>Antes de practicar: una comprobación de seguridad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Y answers yes, N answers no</source>
        <translation>S responde sí, N responde no</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>No: %1</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Answer every question to go on</source>
        <translation>Responde a todas las preguntas para continuar</translation>
    </message>
    <message>
        <source>Ask me &amp;later</source>
        <translation>Pregúntame &amp;más tarde</translation>
    </message>
    <message>
        <source>Close without answering; the app asks again at the next start</source>
        <translation>Cerrar sin responder; la aplicación vuelve a preguntar en el próximo inicio</translation>
    </message>
    <message>
        <source>A doctor has checked these signs and said I may practise</source>
        <translation>Un médico ha revisado estos signos y me ha dicho que puedo practicar</translation>
    </message>
    <message>
        <source>Then the app asks again in 3 months instead of at every start</source>
        <translation>Entonces la aplicación vuelve a preguntar dentro de 3 meses en lugar de en cada inicio</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>Have you newly lost control of your bladder or bowels, or found it newly hard to pass urine?</source>
        <translation>¿Has perdido hace poco el control de la vejiga o del intestino, o te cuesta orinar desde hace poco?</translation>
    </message>
    <message>
        <source>Is there numbness or tingling between your legs or around your bottom (the area that would touch a saddle)?</source>
        <translation>¿Notas adormecimiento u hormigueo entre las piernas o alrededor de las nalgas (la zona que tocaría un sillín)?</translation>
    </message>
    <message>
        <source>Is one leg or both getting weaker, for example tripping or a foot that drags?</source>
        <translation>¿Se te está debilitando una pierna o las dos, por ejemplo, tropiezas o arrastras un pie?</translation>
    </message>
    <message>
        <source>Do you have a fever, or feel hot and shivery, with your back pain?</source>
        <translation>¿Tienes fiebre, o sientes calor y escalofríos, además del dolor de espalda?</translation>
    </message>
    <message>
        <source>Have you lost weight recently without trying to?</source>
        <translation>¿Has perdido peso últimamente sin proponértelo?</translation>
    </message>
    <message>
        <source>Have you ever had cancer?</source>
        <translation>¿Has tenido cáncer alguna vez?</translation>
    </message>
    <message>
        <source>Does your back hurt at night in a way that resting or changing position does not ease?</source>
        <translation>¿Te duele la espalda por la noche de una forma que no se alivia con reposo ni cambiando de postura?</translation>
    </message>
    <message>
        <source>Did your back pain start after a recent fall, accident or injury?</source>
        <translation>¿Empezó el dolor de espalda después de una caída, un accidente o una lesión recientes?</translation>
    </message>
    <message>
        <source>Please do not practise. Get medical help today: call your doctor&apos;s surgery or an urgent care line now, or go to an emergency department. New problems with bladder or bowel control, or numbness in the saddle area, can mean the nerves at the base of the spine are pressed (cauda equina syndrome). It needs to be checked the same day.</source>
        <translation>Por favor, no practiques. Busca ayuda médica hoy: llama ahora a tu centro de salud o a un servicio de urgencias, o acude a urgencias. Los problemas nuevos para controlar la vejiga o el intestino, o el adormecimiento en la zona del sillín, pueden indicar que los nervios de la base de la columna están comprimidos (síndrome de cola de caballo). Hay que revisarlo el mismo día.</translation>
    </message>
    <message>
        <source>Please do not practise until a doctor has seen you. Make an urgent appointment with your doctor and tell them what you answered here. These signs are rare and most often have another cause, but they need to be checked first.</source>
        <translation>Por favor, no practiques hasta que te haya visto un médico. Pide una cita urgente con tu médico y cuéntale lo que has respondido aquí. Estos signos son poco frecuentes y casi siempre tienen otra causa, pero hay que revisarlos primero.</translation>
    </message>
    <message>
        <source>Thank you. None of these signs applies to you now. If one of them appears, stop practising and get medical advice. The app asks again in 3 months.</source>
        <translation>Gracias. Ahora mismo no tienes ninguno de estos signos. Si aparece alguno, deja de practicar y consulta a un médico. La aplicación volverá a preguntar dentro de 3 meses.</translation>
    </message>
    <message>
        <source>These questions look for rare signs that back pain needs a doctor before exercise. They are not a diagnosis. Answer for how you are now.</source>
        <translation>Estas preguntas buscan signos poco frecuentes de que el dolor de espalda necesita un médico antes de hacer ejercicio. No son un diagnóstico. Responde según cómo estés ahora.</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <source>Report for my physiotherapist</source>
        <translation>Informe para mi fisioterapeuta</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>El informe no se guardó</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>%1: %2 weeks, %3 page(s). Take it or send it to your physiotherapist.</source>
        <translation>%1: %2 semanas, %3 página(s). Llévalo o envíaselo a tu fisioterapeuta.</translation>
    </message>
    <message>
        <source>Report for My Physiotherapist…</source>
        <translation>Informe para mi fisioterapeuta…</translation>
    </message>
    <message>
        <source>A PDF of the last weeks: sessions, pain, the exercises and how they went, to print or send</source>
        <translation>Un PDF de las últimas semanas: sesiones, dolor, los ejercicios y cómo fueron, para imprimir o enviar</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Report for my physiotherapist</source>
        <translation>Informe para mi fisioterapeuta</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>Pilates Desktop · made from your own records; not a diagnosis</source>
        <translation>Pilates Desktop · hecho a partir de tus propios registros; no es un diagnóstico</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3 weeks)</source>
        <translation>Periodo: del %1 al %2 (%3 semanas)</translation>
    </message>
    <message>
        <source>Made on %1 with Pilates Desktop.</source>
        <translation>Creado el %1 con Pilates Desktop.</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Ninguno en este periodo.</translation>
    </message>
    <message>
        <source>Green bars: weeks that met the goal. Dashed line: the weekly goal (%1).</source>
        <translation>Barras verdes: semanas en las que se cumplió el objetivo. Línea discontinua: el objetivo semanal (%1).</translation>
    </message>
    <message>
        <source>Pain is rated from 0 (none) to 10 (the worst imaginable): 0-2 is safe, 3-5 acceptable, above 5 too much. Only sessions of at least a minute that started in the period are counted.</source>
        <translation>El dolor se valora de 0 (ninguno) a 10 (el peor imaginable): 0-2 es seguro, 3-5 aceptable, más de 5 demasiado. Solo se cuentan las sesiones de al menos un minuto que empezaron en el periodo.</translation>
    </message>
    <message>
        <source>%1 sessions a week</source>
        <translation>%1 sesiones por semana</translation>
    </message>
    <message>
        <source>%1 minutes a week</source>
        <translation>%1 minutos por semana</translation>
    </message>
    <message>
        <source>Sessions in the period: %1</source>
        <translation>Sesiones en el periodo: %1</translation>
    </message>
    <message>
        <source>Minutes practised: %1</source>
        <translation>Minutos de práctica: %1</translation>
    </message>
    <message>
        <source>Weekly goal: %1, met in %2 of %3 weeks</source>
        <translation>Objetivo semanal: %1, cumplido en %2 de %3 semanas</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semana a semana</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Not enough ratings before sessions to show a change: it needs two weeks with ratings.</source>
        <translation>No hay suficientes valoraciones antes de las sesiones para mostrar un cambio: hacen falta dos semanas con valoraciones.</translation>
    </message>
    <message>
        <source>Average pain before a session went from %1 (week of %2) to %3 (week of %4): a change of %5 points.</source>
        <translation>El dolor medio antes de una sesión pasó de %1 (semana del %2) a %3 (semana del %4): un cambio de %5 puntos.</translation>
    </message>
    <message>
        <source>The clinically meaningful change of 2 points was reached: pain is lower.</source>
        <translation>Se alcanzó el cambio clínicamente relevante de 2 puntos: el dolor es menor.</translation>
    </message>
    <message>
        <source>The change is 2 points or more, but pain is higher.</source>
        <translation>El cambio es de 2 puntos o más, pero el dolor es mayor.</translation>
    </message>
    <message>
        <source>The clinically meaningful change of 2 points was not reached.</source>
        <translation>No se alcanzó el cambio clínicamente relevante de 2 puntos.</translation>
    </message>
    <message>
        <source>Within a session, pain changed by %1 points on average (after minus before).</source>
        <translation>Dentro de una sesión, el dolor cambió de media %1 puntos (después menos antes).</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>%1 days a week for %2 weeks</source>
        <translation>%1 días por semana durante %2 semanas</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>practised on %1 of %2 days due (%3%)</source>
        <translation>practicada %1 de %2 días previstos (%3 %)</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 rep.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Usual dose</source>
        <translation>Dosis habitual</translation>
    </message>
    <message>
        <source>Pain (mean)</source>
        <translation>Dolor (media)</translation>
    </message>
    <message>
        <source>Pain (highest)</source>
        <translation>Dolor (máximo)</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>Duele</translation>
    </message>
    <message>
        <source>Usual dose: the median per session, both sides together.</source>
        <translation>Dosis habitual: la mediana por sesión, los dos lados juntos.</translation>
    </message>
    <message>
        <source>Exercises and pain per exercise</source>
        <translation>Ejercicios y dolor por ejercicio</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Detenidas porque dolía</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>Next-morning check-ins</source>
        <translation>Consultas a la mañana siguiente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Back compared with before the session</source>
        <translation>Espalda comparada con antes de la sesión</translation>
    </message>
    <message>
        <source>easier form</source>
        <translation>forma más fácil</translation>
    </message>
    <message>
        <source>harder form</source>
        <translation>forma más difícil</translation>
    </message>
    <message>
        <source>usual form</source>
        <translation>forma habitual</translation>
    </message>
    <message>
        <source>Progressions and regressions</source>
        <translation>Progresiones y regresiones</translation>
    </message>
    <message>
        <source>progression</source>
        <translation>progresión</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Weeks goal met</source>
        <translation>Semanas con el objetivo cumplido</translation>
    </message>
    <message>
        <source>%1 weeks to a row.</source>
        <translation>%1 semanas por fila.</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Worse mornings (pain): %1</source>
        <translation>Mañanas peores (dolor): %1</translation>
    </message>
    <message>
        <source>No worse mornings.</source>
        <translation>Ninguna mañana peor.</translation>
    </message>
</context>
<context>
    <name>RoutineStore</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: the disk may be full: %2</source>
        <translation>%1: puede que el disco esté lleno: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: no se pudo guardar: %2</translation>
    </message>
</context>
<context>
    <name>RoutineWorkspace</name>
    <message>
        <source>&amp;New Routine…</source>
        <translation>&amp;Nueva rutina…</translation>
    </message>
    <message>
        <source>Start a new, empty routine</source>
        <translation>Empezar una rutina nueva y vacía</translation>
    </message>
    <message>
        <source>&amp;Import Routine…</source>
        <translation>&amp;Importar rutina…</translation>
    </message>
    <message>
        <source>Add a routine from a routine file</source>
        <translation>Añadir una rutina desde un archivo de rutina</translation>
    </message>
    <message>
        <source>&amp;Export Routine…</source>
        <translation>E&amp;xportar rutina…</translation>
    </message>
    <message>
        <source>Save the selected routine as a file to share or keep</source>
        <translation>Guardar la rutina seleccionada como archivo para compartirla o conservarla</translation>
    </message>
    <message>
        <source>&amp;Rename Routine…</source>
        <translation>&amp;Cambiar nombre de la rutina…</translation>
    </message>
    <message>
        <source>Give the selected routine a new name</source>
        <translation>Dar un nombre nuevo a la rutina seleccionada</translation>
    </message>
    <message>
        <source>D&amp;uplicate Routine</source>
        <translation>D&amp;uplicar rutina</translation>
    </message>
    <message>
        <source>Make your own copy of the selected routine</source>
        <translation>Hacer tu propia copia de la rutina seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete Routine…</source>
        <translation>&amp;Eliminar rutina…</translation>
    </message>
    <message>
        <source>Delete the selected routine and its file</source>
        <translation>Eliminar la rutina seleccionada y su archivo</translation>
    </message>
    <message>
        <source>Undo the last change (%1)</source>
        <translation>Deshacer el último cambio (%1)</translation>
    </message>
    <message>
        <source>Redo the change you undid (%1)</source>
        <translation>Rehacer el cambio deshecho (%1)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected exercises up one place</source>
        <translation>Subir un puesto los ejercicios seleccionados</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected exercises down one place</source>
        <translation>Bajar un puesto los ejercicios seleccionados</translation>
    </message>
    <message>
        <source>Re&amp;move from Routine</source>
        <translation>&amp;Quitar de la rutina</translation>
    </message>
    <message>
        <source>Remove the selected exercises from the routine</source>
        <translation>Quitar de la rutina los ejercicios seleccionados</translation>
    </message>
    <message>
        <source>Dupli&amp;cate Exercise</source>
        <translation>Dupli&amp;car ejercicio</translation>
    </message>
    <message>
        <source>Repeat the selected exercises right after them</source>
        <translation>Repetir los ejercicios seleccionados justo a continuación</translation>
    </message>
    <message>
        <source>&amp;Add to Routine</source>
        <translation>&amp;Añadir a la rutina</translation>
    </message>
    <message>
        <source>Add the selected library exercises to the routine</source>
        <translation>Añadir a la rutina los ejercicios seleccionados de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Find Exercise</source>
        <translation>&amp;Buscar ejercicio</translation>
    </message>
    <message>
        <source>Search the exercise library</source>
        <translation>Buscar en la biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>&amp;Play Routine</source>
        <translation>&amp;Reproducir rutina</translation>
    </message>
    <message>
        <source>Play the whole routine</source>
        <translation>Reproducir toda la rutina</translation>
    </message>
    <message>
        <source>Play from &amp;Here</source>
        <translation>Reproducir desde &amp;aquí</translation>
    </message>
    <message>
        <source>Play the routine from the selected exercise</source>
        <translation>Reproducir la rutina desde el ejercicio seleccionado</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s own dosage again</source>
        <translation>Volver a usar la dosis propia del ejercicio</translation>
    </message>
    <message>
        <source>Show &amp;Steps…</source>
        <translation>Mostrar &amp;pasos…</translation>
    </message>
    <message>
        <source>Show the exercise&apos;s steps and cautions</source>
        <translation>Mostrar los pasos y las precauciones del ejercicio</translation>
    </message>
    <message>
        <source>Import Routine</source>
        <translation>Importar rutina</translation>
    </message>
    <message>
        <source>This routine file cannot be imported, and nothing was changed.

%1</source>
        <translation>Este archivo de rutina no se puede importar y no se ha cambiado nada.

%1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Se ha importado «%1».</translation>
    </message>
    <message>
        <source>Some routine files could not be read: %1</source>
        <translation>No se han podido leer algunos archivos de rutina: %1</translation>
    </message>
    <message>
        <source>Save Routine</source>
        <translation>Guardar rutina</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>No se ha podido guardar «%1»: %2</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>New Routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Name of the new routine:</source>
        <translation>Nombre de la nueva rutina:</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mi copia)</translation>
    </message>
    <message>
        <source>Delete Routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <source>“%1” is a built-in routine and cannot be deleted.</source>
        <translation>«%1» es una rutina incluida y no se puede eliminar.</translation>
    </message>
    <message>
        <source>Delete “%1” and its file? This cannot be undone.</source>
        <translation>¿Eliminar «%1» y su archivo? No se puede deshacer.</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: no se puede eliminar: %2</translation>
    </message>
    <message>
        <source>Rename Routine</source>
        <translation>Cambiar nombre de la rutina</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Un nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Archivos de rutina (*.json)</translation>
    </message>
    <message>
        <source>Export Routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportada a %1</translation>
    </message>
    <message>
        <source>Built-in Routine</source>
        <translation>Rutina incluida</translation>
    </message>
    <message>
        <source>“%1” is a built-in routine and stays as it is.

Make your own copy and change that instead?</source>
        <translation>«%1» es una rutina incluida y se queda como está.

¿Quieres hacer tu propia copia y cambiar esa?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: %1. Your last saved version is kept; the next change tries again.</source>
        <translation>Sin guardar: %1. Se conserva tu última versión guardada; con el próximo cambio se volverá a intentar.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Incluidas</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyas</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinesModel</name>
    <message>
        <source>Built-in routines are read-only; Duplicate makes your own copy.</source>
        <translation>Las rutinas incluidas son de solo lectura; Duplicar crea tu propia copia.</translation>
    </message>
    <message>
        <source>F2 renames it.</source>
        <translation>F2 le cambia el nombre.</translation>
    </message>
</context>
<context>
    <name>RoutinesPanel</name>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Duplicate routine</source>
        <translation>Duplicar rutina</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Cambiar nombre de la rutina</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <source>Built-in routines first, then your own. Enter goes to the routine&apos;s exercises, F2 renames one of your routines, Delete deletes it. Drop a routine file here to import it.</source>
        <translation>Primero las rutinas incluidas y luego las tuyas. Intro lleva a los ejercicios de la rutina, F2 cambia el nombre de una de tus rutinas y Supr la elimina. Suelta aquí un archivo de rutina para importarlo.</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Nothing is left to play with these choices.</source>
        <translation>Con estas opciones no queda nada que reproducir.</translation>
    </message>
    <message>
        <source>• %1 becomes %2.</source>
        <translation>• %1 pasa a ser %2.</translation>
    </message>
    <message numerus="yes">
        <source>A lighter day: the same exercises or their easier forms, fewer repetitions and shorter holds, at most %n minute(s).</source>
        <translation>
            <numerusform>Un día más ligero: los mismos ejercicios o sus formas más fáciles, menos repeticiones y posturas más breves, como máximo %n minuto.</numerusform>
            <numerusform>Un día más ligero: los mismos ejercicios o sus formas más fáciles, menos repeticiones y posturas más breves, como máximo %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s), %1</source>
        <translation>
            <numerusform>%n ejercicio, %1</numerusform>
            <numerusform>%n ejercicios, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 is left out to keep the session short.</source>
        <translation>• %1 se omite para que la sesión sea corta.</translation>
    </message>
    <message>
        <source>Before You Start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Some exercises need a decision first. The safer choice is already selected; change it only if your doctor or therapist agrees.</source>
        <translation>Algunos ejercicios necesitan que decidas antes. La opción más segura ya está seleccionada; cámbiala solo si tu médico o fisioterapeuta está de acuerdo.</translation>
    </message>
    <message>
        <source>Please choose for each exercise</source>
        <translation>Elige para cada ejercicio</translation>
    </message>
    <message>
        <source>&amp;Start Session</source>
        <translation>&amp;Empezar sesión</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Empezar sesión</translation>
    </message>
    <message>
        <source>Start with these choices (Enter)</source>
        <translation>Empezar con estas opciones (Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not start (Esc)</source>
        <translation>No empezar (Esc)</translation>
    </message>
</context>
<context>
    <name>SafetyQuestionsAction</name>
    <message>
        <source>Safety &amp;Questions…</source>
        <translation>&amp;Preguntas de seguridad…</translation>
    </message>
    <message>
        <source>The questions about signs that need a doctor before you practise; asked every 3 months</source>
        <translation>Las preguntas sobre signos que requieren un médico antes de practicar; se hacen cada 3 meses</translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Recordar en 10 minutos</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Saltar hoy</translation>
    </message>
    <message>
        <source>Time for a desk break</source>
        <translation>Hora de una pausa activa</translation>
    </message>
    <message>
        <source>%1 minutes at the computer. %2 takes about five minutes: stand up and move your back.</source>
        <translation>%1 minutos frente al ordenador. %2 dura unos cinco minutos: levántate y mueve la espalda.</translation>
    </message>
    <message>
        <source>A short routine</source>
        <translation>Una rutina corta</translation>
    </message>
    <message>
        <source>Time for Pilates: %1</source>
        <translation>Hora de Pilates: %1</translation>
    </message>
    <message>
        <source>Time for Pilates</source>
        <translation>Hora de Pilates</translation>
    </message>
    <message>
        <source>Your practice is due now.</source>
        <translation>Es la hora de tu práctica.</translation>
    </message>
    <message>
        <source>This was due at %1, while the computer was asleep or Pilates Desktop was closed.</source>
        <translation>Tocaba a las %1, mientras el ordenador estaba en reposo o Pilates Desktop estaba cerrado.</translation>
    </message>
    <message>
        <source>This was due on %1 at %2, while the computer was asleep or Pilates Desktop was closed.</source>
        <translation>Tocaba el %1 a las %2, mientras el ordenador estaba en reposo o Pilates Desktop estaba cerrado.</translation>
    </message>
    <message>
        <source>Snoozed 10 minutes ago.</source>
        <translation>Pospuesto hace 10 minutos.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Paused: the computer went to sleep. Press Space when you are ready.</source>
        <translation>En pausa: el ordenador entró en suspensión. Pulsa Espacio cuando estés listo.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Parada antes de tiempo</translation>
    </message>
    <message>
        <source>Stopped: pain</source>
        <translation>Parada: dolor</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>aún sin sincronizar</translation>
    </message>
    <message>
        <source>Not rated; double-click to rate 0–10</source>
        <translation>Sin valorar; haz doble clic para valorar de 0 a 10</translation>
    </message>
    <message>
        <source>Double-click to add a note</source>
        <translation>Haz doble clic para añadir una nota</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Delete Session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>&amp;Eliminar sesión</translation>
    </message>
    <message>
        <source>Remove the selected session from your history (Undo brings it back)</source>
        <translation>Quitar la sesión seleccionada del historial (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Double-click a note or a pain rating to change it. Delete removes a session; Undo brings it back.</source>
        <translation>Haz doble clic en una nota o en una valoración del dolor para cambiarla. Supr elimina una sesión; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Change Pain Before</source>
        <translation>Cambiar dolor antes</translation>
    </message>
    <message>
        <source>Change Pain After</source>
        <translation>Cambiar dolor después</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 could not be read; your settings start from the defaults. The file is kept as %2.</source>
        <translation>No se pudo leer %1; tus ajustes empiezan con los valores predeterminados. El archivo se conserva como %2.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything in the app works from the keyboard. Tab moves between controls; these keys do the rest.</source>
        <translation>Todo en la aplicación funciona con el teclado. Tab pasa de un control a otro; estas teclas hacen el resto.</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Buscar un atajo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>No illustration: %1</source>
        <translation>Sin ilustración: %1</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Both sides alternating</source>
        <translation>Ambos lados, alternando</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Cada lado por turno</translation>
    </message>
    <message>
        <source>Step instructions</source>
        <translation>Instrucciones del paso</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Breath: %1</source>
        <translation>Respiración: %1</translation>
    </message>
    <message>
        <source>Illustration of step %1</source>
        <translation>Ilustración del paso %1</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Health caution</source>
        <translation>Aviso de salud</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Ten cuidado</translation>
    </message>
    <message>
        <source>Not advised for you: you noted %1.</source>
        <translation>No recomendado para ti: indicaste %1.</translation>
    </message>
    <message>
        <source>Skip it, or check with a professional first.</source>
        <translation>Sáltalo o consulta antes a un profesional.</translation>
    </message>
    <message>
        <source>Gentler option: %1</source>
        <translation>Opción más suave: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <source>Back to the usual form of %1.</source>
        <translation>Volver a la forma habitual de %1.</translation>
    </message>
    <message>
        <source>%1 becomes %2: %3</source>
        <translation>%1 pasa a ser %2: %3</translation>
    </message>
    <message>
        <source>%1 went well in your last 3 sessions: pain 2 or less and every repetition done. Ready for a step up?</source>
        <translation>%1 fue bien en tus últimas 3 sesiones: dolor de 2 o menos y todas las repeticiones hechas. ¿Lista o listo para dar un paso más?</translation>
    </message>
    <message>
        <source>%1 hurt more than 5 out of 10 last time. An easier form may suit your back better for now.</source>
        <translation>%1 dolió más de 5 sobre 10 la última vez. Una forma más fácil puede sentarle mejor a tu espalda por ahora.</translation>
    </message>
    <message>
        <source>You stopped %1 last time because it hurt. An easier form may suit your back better for now.</source>
        <translation>La última vez paraste %1 porque dolía. Una forma más fácil puede sentarle mejor a tu espalda por ahora.</translation>
    </message>
    <message>
        <source>Your back was worse the morning after %1. An easier form may suit it better for now.</source>
        <translation>Tu espalda estaba peor la mañana después de %1. Una forma más fácil puede sentarle mejor por ahora.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Change the routine; Undo (Ctrl+Z) takes it back</source>
        <translation>Cambiar la rutina; Deshacer (Ctrl+Z) lo revierte</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <source>Keep the routine; the app asks again only after new sessions</source>
        <translation>Mantener la rutina; la aplicación solo vuelve a preguntar tras nuevas sesiones</translation>
    </message>
    <message>
        <source>(%1 more)</source>
        <translation>(%1 más)</translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>sessions this week</source>
        <translation>sesiones esta semana</translation>
    </message>
    <message>
        <source>sessions · goal met</source>
        <translation>sesiones · objetivo cumplido</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>minutos esta semana</translation>
    </message>
    <message>
        <source>minutes · goal met</source>
        <translation>minutos · objetivo cumplido</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Change the weekly goal in Preferences</source>
        <translation>Cambia el objetivo semanal en Preferencias</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best: %n week(s)</source>
        <translation>
            <numerusform>Mejor: %n semana</numerusform>
            <numerusform>Mejor: %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks in a row that met your goal. This week counts once it is met. The day weeks start on is in Preferences › Practice.</source>
        <translation>Semanas seguidas en las que cumpliste tu objetivo. Esta semana cuenta en cuanto lo cumplas. El día en que empiezan las semanas se elige en Preferencias › Práctica.</translation>
    </message>
    <message>
        <source>In this range</source>
        <translation>En este periodo</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of practice</source>
        <translation>
            <numerusform>%n día de práctica</numerusform>
            <numerusform>%n días de práctica</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Rate your pain before and after a session to see a trend</source>
        <translation>Valora tu dolor antes y después de una sesión para ver la tendencia</translation>
    </message>
    <message>
        <source>Pain, average</source>
        <translation>Dolor, media</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>before → after, over %n rated session(s)</source>
        <translation>
            <numerusform>antes → después, en %n sesión valorada</numerusform>
            <numerusform>antes → después, en %n sesiones valoradas</numerusform>
        </translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst. If pain grows during practice, stop and rest.</source>
        <translation>0 es sin dolor y 10 el peor. Si el dolor aumenta mientras practicas, para y descansa.</translation>
    </message>
    <message>
        <source>weeks start on %1</source>
        <translation>las semanas empiezan el %1</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Well done: routine complete</source>
        <translation>Muy bien: rutina completada</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión parada</translation>
    </message>
    <message>
        <source>Session stopped: something hurt</source>
        <translation>Sesión parada: algo dolía</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>an exercise</source>
        <translation>un ejercicio</translation>
    </message>
    <message>
        <source>&lt;b&gt;You stopped because %1 hurt.&lt;/b&gt;&lt;br&gt;Stop for today and let the area calm down. Do not push through pain. If it does not settle, or it comes back, check with a physiotherapist or doctor before you try this exercise again. It is now marked in the library.</source>
        <translation>&lt;b&gt;Has parado porque %1 te dolía.&lt;/b&gt;&lt;br&gt;Déjalo por hoy y deja que la zona se calme. No sigas a pesar del dolor. Si no se calma o vuelve, consulta a un fisioterapeuta o a tu médico antes de volver a intentar este ejercicio. Ahora está marcado en la biblioteca.</translation>
    </message>
    <message>
        <source>Time practised:</source>
        <translation>Tiempo practicado:</translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation>%1 de %2 previstos</translation>
    </message>
    <message>
        <source>Exercises done:</source>
        <translation>Ejercicios hechos:</translation>
    </message>
    <message>
        <source>Begun, not finished:</source>
        <translation>Empezados, sin terminar:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Saltados:</translation>
    </message>
    <message>
        <source>How does your back feel now? (optional)</source>
        <translation>¿Cómo notas la espalda ahora? (opcional)</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = the worst pain you can imagine. Type the number (1 then 0 for 10); Enter saves, Esc closes without a rating.</source>
        <translation>0 = sin dolor, 10 = el peor dolor que puedas imaginar. Escribe el número (1 y luego 0 para 10); Intro guarda, Esc cierra sin valoración.</translation>
    </message>
    <message>
        <source>A note for yourself (optional):</source>
        <translation>Una nota para ti (opcional):</translation>
    </message>
    <message>
        <source>How did it go? Anything to remember next time?</source>
        <translation>¿Qué tal ha ido? ¿Algo que recordar para la próxima vez?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save the rating and the note with this session</source>
        <translation>Guardar la valoración y la nota con esta sesión</translation>
    </message>
    <message>
        <source>Close; the session itself is already saved</source>
        <translation>Cerrar; la sesión ya está guardada</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 (conflict from %2)</source>
        <translation>%1 (conflicto de %2)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Choose the Sync Folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>No folder chosen: this computer does not sync</source>
        <translation>Ninguna carpeta elegida: este ordenador no se sincroniza</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>The last sync did not work: %1</source>
        <translation>La última sincronización no funcionó: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Aún no sincronizado.</translation>
    </message>
    <message>
        <source>Last sync: %1. It brought %2.</source>
        <translation>Última sincronización: %1. Trajo %2.</translation>
    </message>
    <message>
        <source>Last sync: %1. Nothing new from the other computers.</source>
        <translation>Última sincronización: %1. Nada nuevo de los otros ordenadores.</translation>
    </message>
    <message>
        <source>A routine was changed on two computers at once; both versions are kept. The other one is called: %1</source>
        <translation>Una rutina se cambió en dos ordenadores a la vez; se conservan ambas versiones. La otra se llama: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n sesión nueva</numerusform>
            <numerusform>%n sesiones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed session(s)</source>
        <translation>
            <numerusform>%n sesión modificada</numerusform>
            <numerusform>%n sesiones modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted session(s)</source>
        <translation>
            <numerusform>%n sesión borrada</numerusform>
            <numerusform>%n sesiones borradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine change(s)</source>
        <translation>
            <numerusform>%n cambio en las rutinas</numerusform>
            <numerusform>%n cambios en las rutinas</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep your history and routines the same on several computers through a folder you already sync, with Syncthing, Nextcloud or Dropbox. Each computer writes only its own files there; nothing is sent anywhere else.</source>
        <translation>Mantén tu historial y tus rutinas iguales en varios ordenadores a través de una carpeta que ya sincronizas, con Syncthing, Nextcloud o Dropbox. Cada ordenador solo escribe allí sus propios archivos; no se envía nada a ningún otro sitio.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder your sync program keeps the same on each computer</source>
        <translation>Elige una carpeta que tu programa de sincronización mantenga igual en cada ordenador</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Sync now (it also happens at start, after each session and when files arrive)</source>
        <translation>Sincronizar ahora (también ocurre al iniciar, después de cada sesión y cuando llegan archivos)</translation>
    </message>
    <message>
        <source>This computer&apos;s na&amp;me:</source>
        <translation>Nombre de este or&amp;denador:</translation>
    </message>
    <message>
        <source>Shown next to the sessions done on this computer and in the names of conflict copies</source>
        <translation>Se muestra junto a las sesiones hechas en este ordenador y en el nombre de las copias en conflicto</translation>
    </message>
    <message>
        <source>Sync did not work: %1</source>
        <translation>La sincronización no funcionó: %1</translation>
    </message>
    <message>
        <source>A routine was changed on two computers at once; both versions are kept (%1).</source>
        <translation>Una rutina se cambió en dos ordenadores a la vez; se conservan ambas versiones (%1).</translation>
    </message>
    <message>
        <source>The folder this computer syncs with</source>
        <translation>La carpeta con la que se sincroniza este ordenador</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Never point two computers at the same data folder: give each its own, and let them meet in the sync folder.</source>
        <translation>Nunca hagas que dos ordenadores usen la misma carpeta de datos: cada uno tiene la suya y se encuentran en la carpeta de sincronización.</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nombre de este ordenador</translation>
    </message>
</context>
<context>
    <name>TooMuchDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Too much pain</source>
        <translation>Demasiado dolor</translation>
    </message>
    <message>
        <source>Pain %1 of 10 is too much: %2 stops here.</source>
        <translation>Un dolor de %1 sobre 10 es demasiado: %2 se detiene aquí.</translation>
    </message>
    <message>
        <source>Above %1 out of 10 your back is saying this is too much for today. Do not push through it. Choose what comes instead:</source>
        <translation>Por encima de %1 sobre 10 tu espalda te dice que hoy es demasiado. No sigas a pesar del dolor. Elige qué hacer en su lugar:</translation>
    </message>
    <message>
        <source>Do the &amp;easier form instead</source>
        <translation>Hacer la forma más &amp;fácil</translation>
    </message>
    <message>
        <source>Carry on with the easier form of this exercise</source>
        <translation>Continuar con la forma más fácil de este ejercicio</translation>
    </message>
    <message>
        <source>&amp;Skip this exercise</source>
        <translation>&amp;Omitir este ejercicio</translation>
    </message>
    <message>
        <source>Go on with the next exercise of the routine</source>
        <translation>Seguir con el siguiente ejercicio de la rutina</translation>
    </message>
    <message>
        <source>S&amp;top the session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <source>End the session here; what you did is saved</source>
        <translation>Terminar la sesión aquí; lo que hiciste queda guardado</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open Pilates Desktop</source>
        <translation>&amp;Abrir Pilates Desktop</translation>
    </message>
    <message>
        <source>Pause reminders for 1 &amp;hour</source>
        <translation>Pausar recordatorios 1 &amp;hora</translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation>Pausar recordatorios hasta &amp;mañana</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>&amp;Reanudar recordatorios</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Start next routine: %1</source>
        <translation>&amp;Empezar la próxima rutina: %1</translation>
    </message>
    <message>
        <source>&amp;Start next routine</source>
        <translation>&amp;Empezar la próxima rutina</translation>
    </message>
    <message>
        <source>Pilates Desktop: reminders paused until %1</source>
        <translation>Pilates Desktop: recordatorios en pausa hasta %1</translation>
    </message>
    <message>
        <source>Pilates Desktop: next reminder %1</source>
        <translation>Pilates Desktop: próximo recordatorio %1</translation>
    </message>
    <message>
        <source>Pilates Desktop</source>
        <translation>Pilates Desktop</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>No voice for %1: add one in Windows Settings › Time &amp; language › Speech.</source>
        <translation>No hay voz para %1: añade una en Configuración de Windows › Hora e idioma › Voz.</translation>
    </message>
    <message>
        <source>No voice for %1: add one in System Settings › Accessibility › Spoken Content.</source>
        <translation>No hay voz para %1: añade una en Ajustes del Sistema › Accesibilidad › Contenido leído.</translation>
    </message>
    <message>
        <source>No voice for %1: install speech-dispatcher and espeak-ng (Debian, Ubuntu: sudo apt install speech-dispatcher espeak-ng).</source>
        <translation>No hay voz para %1: instala speech-dispatcher y espeak-ng (Debian, Ubuntu: sudo apt install speech-dispatcher espeak-ng).</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>Pilates Desktop is still running</source>
        <translation>Pilates Desktop sigue en marcha</translation>
    </message>
    <message>
        <source>Your reminders and desk breaks go on from the tray. To stop them, choose Quit in the tray icon&apos;s menu.</source>
        <translation>Los recordatorios y las pausas activas siguen desde la bandeja. Para detenerlos, elige Salir en el menú del icono de la bandeja.</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>Choose at least one day.</source>
        <translation>Elige al menos un día.</translation>
    </message>
    <message>
        <source>Reminder added.</source>
        <translation>Recordatorio añadido.</translation>
    </message>
    <message>
        <source>Reminder removed.</source>
        <translation>Recordatorio eliminado.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>ju</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vi</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sá</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Practice reminders</source>
        <translation>Recordatorios de práctica</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>R&amp;utina:</translation>
    </message>
    <message>
        <source>Add remi&amp;nder</source>
        <translation>Añadir recordatori&amp;o</translation>
    </message>
    <message>
        <source>Add a reminder for these days, time and routine</source>
        <translation>Añadir un recordatorio para estos días, hora y rutina</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the reminder selected in the list</source>
        <translation>Quitar el recordatorio seleccionado en la lista</translation>
    </message>
    <message>
        <source>&amp;Suggest days</source>
        <translation>Su&amp;gerir días</translation>
    </message>
    <message>
        <source>Days for your weekly goal, spread across the week with rest days between</source>
        <translation>Días para tu objetivo semanal, repartidos por la semana con días de descanso entre ellos</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Also: pilates-desktop remind add --days mon,wed,fri --at 07:30</source>
        <translation>También: pilates-desktop remind add --days mon,wed,fri --at 07:30</translation>
    </message>
    <message>
        <source>Choose when it is time</source>
        <translation>Elegir cuando llegue la hora</translation>
    </message>
    <message>
        <source>Desk breaks</source>
        <translation>Pausas activas</translation>
    </message>
    <message>
        <source>Offer a short desk routine after</source>
        <translation>Ofrecer una rutina corta tras</translation>
    </message>
    <message>
        <source>min at the computer</source>
        <translation>min frente al ordenador</translation>
    </message>
    <message>
        <source>Time away from the keyboard resets the count; nothing is shown while a window is full screen or do-not-disturb is on</source>
        <translation>El tiempo lejos del teclado reinicia la cuenta; no se muestra nada mientras una ventana está a pantalla completa o «No molestar» está activo</translation>
    </message>
    <message>
        <source>Only during working hours, from</source>
        <translation>Solo en horario laboral, de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al entrar</translation>
    </message>
    <message>
        <source>Start Pilates Desktop in the tray when I log in</source>
        <translation>Iniciar Pilates Desktop en la bandeja al iniciar sesión</translation>
    </message>
    <message>
        <source>Time away from the keyboard is read from the desktop (%1).</source>
        <translation>El tiempo lejos del teclado lo indica el escritorio (%1).</translation>
    </message>
    <message>
        <source>This desktop does not say how long you have been away (%1), so desk breaks count the time since the last one.</source>
        <translation>Este escritorio no indica cuánto tiempo has estado fuera (%1), así que las pausas activas cuentan el tiempo desde la última.</translation>
    </message>
    <message>
        <source>Reminders appear as desktop notifications.</source>
        <translation>Los recordatorios aparecen como notificaciones del escritorio.</translation>
    </message>
    <message>
        <source>Reminders appear as desktop notifications (through the portal).</source>
        <translation>Los recordatorios aparecen como notificaciones del escritorio (a través del portal).</translation>
    </message>
    <message>
        <source>No notification service answers here: reminders appear as messages from the tray icon.</source>
        <translation>Aquí no responde ningún servicio de notificaciones: los recordatorios aparecen como mensajes del icono de la bandeja.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Semana del %1 al %2</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desk break(s)</source>
        <translation>
            <numerusform>%n pausa activa</numerusform>
            <numerusform>%n pausas activas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n session(s)</source>
        <translation>
            <numerusform>Objetivo: %n sesión</numerusform>
            <numerusform>Objetivo: %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal: %1 minutes</source>
        <translation>Objetivo: %1 minutos</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Te damos la bienvenida a %1</translation>
    </message>
    <message>
        <source>Pilates can ease a sore back, but only you know how your back feels today. Three things matter more than any routine in this app:</source>
        <translation>El pilates puede aliviar una espalda dolorida, pero solo tú sabes cómo está hoy tu espalda. Hay tres cosas más importantes que cualquier rutina de esta aplicación:</translation>
    </message>
    <message>
        <source>Check with your doctor first.</source>
        <translation>Consulta antes a tu médico.</translation>
    </message>
    <message>
        <source>Ask your doctor or physiotherapist before you start, above all if the pain is new or strong, or if it follows an injury or an operation.</source>
        <translation>Pregunta a tu médico o fisioterapeuta antes de empezar, sobre todo si el dolor es nuevo o intenso, o si aparece tras una lesión o una operación.</translation>
    </message>
    <message>
        <source>Move slowly.</source>
        <translation>Muévete despacio.</translation>
    </message>
    <message>
        <source>Small, controlled movements with steady breathing do the work. Speed and a big range do not.</source>
        <translation>Lo que funciona son los movimientos pequeños y controlados con una respiración tranquila, no la velocidad ni la amplitud.</translation>
    </message>
    <message>
        <source>Stop if anything hurts.</source>
        <translation>Para si algo te duele.</translation>
    </message>
    <message>
        <source>Press “Stop — it hurts” in the player. The app remembers the exercise and reminds you the next time.</source>
        <translation>Pulsa «Parar: me duele» en el reproductor. La aplicación recuerda el ejercicio y te avisa la próxima vez.</translation>
    </message>
    <message>
        <source>Two questions about your health</source>
        <translation>Dos preguntas sobre tu salud</translation>
    </message>
    <message>
        <source>Some exercises are not advised with these problems. If you tick one, the app marks those exercises and offers a gentler choice before you start.</source>
        <translation>Algunos ejercicios no se recomiendan con estos problemas. Si marcas alguno, la aplicación señala esos ejercicios y te ofrece una opción más suave antes de empezar.</translation>
    </message>
    <message>
        <source>I have &amp;knee problems</source>
        <translation>Tengo problemas de r&amp;odilla</translation>
    </message>
    <message>
        <source>Knee problems</source>
        <translation>Problemas de rodilla</translation>
    </message>
    <message>
        <source>Exercises that load the knees will be marked, with a gentler choice.</source>
        <translation>Los ejercicios que cargan las rodillas se marcarán, con una opción más suave.</translation>
    </message>
    <message>
        <source>I have &amp;neck (cervical spine) problems</source>
        <translation>Tengo problemas de &amp;cuello (columna cervical)</translation>
    </message>
    <message>
        <source>Neck problems</source>
        <translation>Problemas de cuello</translation>
    </message>
    <message>
        <source>Exercises that lift the head will be marked, with a gentler choice.</source>
        <translation>Los ejercicios en los que levantas la cabeza se marcarán, con una opción más suave.</translation>
    </message>
    <message>
        <source>You can change these answers at any time under Preferences &gt; Health.</source>
        <translation>Puedes cambiar estas respuestas cuando quieras en Preferencias &gt; Salud.</translation>
    </message>
    <message>
        <source>I &amp;understand: I will move slowly and stop if anything hurts.</source>
        <translation>&amp;Entendido: me moveré despacio y pararé si algo me duele.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Tick this to confirm you have read the advice above.</source>
        <translation>Márcalo para confirmar que has leído los consejos de arriba.</translation>
    </message>
    <message>
        <source>&amp;Start Practising</source>
        <translation>Em&amp;pezar a practicar</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Available once you have ticked “I understand”</source>
        <translation>Disponible cuando hayas marcado «Entendido»</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the app; the welcome comes back next time (Esc)</source>
        <translation>Cerrar la aplicación; la bienvenida volverá a aparecer la próxima vez (Esc)</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Cerrar esta ventana (Esc)</translation>
    </message>
</context>
<context>
    <name>YearHeatmap</name>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of practice</source>
        <translation>
            <numerusform>%n día de práctica</numerusform>
            <numerusform>%n días de práctica</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no practice</source>
        <translation>%1: sin práctica</translation>
    </message>
    <message>
        <source>%1: %2 minutes</source>
        <translation>%1: %2 minutos</translation>
    </message>
</context>
</TS>
