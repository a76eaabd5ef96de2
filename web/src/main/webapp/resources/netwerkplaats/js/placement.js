// Table placement: drag a name onto another table of the same round, or pick the table in the chooser next to the
// name and press the button (the keyboard way). Both fill the hidden fields of the form and press its hidden button.
(function () {
    function submit(registration, round, table) {
        document.getElementById('move:registration').value = registration;
        document.getElementById('move:round').value = round;
        document.getElementById('move:table').value = table;
        document.getElementById('move:submit').click();
    }
    document.addEventListener('dragstart', function (e) {
        var person = e.target.closest && e.target.closest('[data-registration]');
        if (person) {
            e.dataTransfer.setData('text/plain', person.dataset.registration + ':' + person.dataset.round);
        }
    });
    document.addEventListener('dragover', function (e) {
        if (e.target.closest && e.target.closest('[data-table]')) {
            e.preventDefault();
        }
    });
    document.addEventListener('drop', function (e) {
        var table = e.target.closest && e.target.closest('[data-table]');
        if (!table) {
            return;
        }
        e.preventDefault();
        var data = (e.dataTransfer.getData('text/plain') || '').split(':');
        if (data.length === 2 && data[1] === table.dataset.round) {
            submit(data[0], data[1], table.dataset.table);
        }
    });
    document.addEventListener('click', function (e) {
        var button = e.target.closest && e.target.closest('[data-move-button]');
        if (button) {
            var person = button.closest('[data-registration]');
            var chooser = person.querySelector('select');
            submit(person.dataset.registration, person.dataset.round, chooser.value);
        }
    });
})();
